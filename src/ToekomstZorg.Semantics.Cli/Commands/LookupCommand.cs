using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Cli.Terminology;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem lookup SCHEME CODE [--vocab DIR | --server URL [--token TOKEN]] [--format text|json]</c>: one concept with its
/// labels, definition, hierarchy and mappings, the same from a vocabulary folder or a running server.
/// </summary>
internal sealed class LookupCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Scheme key (ggz) or IRI" };
    private readonly Argument<string> _code = new("CODE") { Description = "The concept's code (skos:notation)" };
    private readonly TerminologySourceOptions _source = new();
    private readonly Option<string> _format = OutputFormat.Create();

    public LookupCommand(CliConsole console)
        : base("lookup", "Show one concept: labels, definition, broader/narrower, mappings")
    {
        _console = console;
        Arguments.Add(_scheme);
        Arguments.Add(_code);
        _source.AddTo(this);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var terminology = _source.Open(parseResult, _console);
        var card = await terminology.LookupAsync(parseResult.GetValue(_scheme)!, parseResult.GetValue(_code)!, cancellationToken).ConfigureAwait(false);
        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            WriteJson(card);
        }
        else
        {
            WriteText(card);
        }

        return ExitCodes.Success;
    }

    private void WriteText(ConceptCard card)
    {
        var o = _console.OutputText;
        o.WriteLine($"{card.Concept}  {card.Concept.Display}{(card.Deprecated ? "  (deprecated)" : string.Empty)}");
        o.WriteLine($"  {card.Concept.Iri}");
        foreach (var group in card.Labels.GroupBy(l => l.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {group.Key}: {string.Join("; ", group.Select(l => l.Kind == LabelKind.Preferred ? l.Text : $"{l.Text} ({(l.Kind == LabelKind.Alternative ? "alt" : "hidden")})"))}");
        }

        foreach (var (language, definition) in card.Definitions)
        {
            o.WriteLine($"  definition ({language}): {definition}");
        }

        foreach (var note in card.EditorialNotes)
        {
            o.WriteLine($"  editorial note: {note}");
        }

        if (card.Broader.Count > 0)
        {
            o.WriteLine($"  broader: {string.Join(", ", card.Broader.Select(c => $"{c.Code} ({c.Display})"))}");
        }

        if (card.Narrower.Count > 0)
        {
            o.WriteLine($"  narrower: {string.Join(", ", card.Narrower.Select(c => $"{c.Code} ({c.Display})"))}");
        }

        foreach (var mapping in card.Mappings)
        {
            o.WriteLine($"  {mapping.Property} {mapping.To} ({mapping.To.Display}){(mapping.Rationale is null ? string.Empty : " — " + mapping.Rationale)}");
        }

        foreach (var source in card.Sources)
        {
            o.WriteLine($"  source: {source}");
        }
    }

    private void WriteJson(ConceptCard card)
    {
        using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("system", card.Concept.System);
        json.WriteString("code", card.Concept.Code);
        json.WriteString("display", card.Concept.Display);
        json.WriteString("iri", card.Concept.Iri);
        json.WriteBoolean("deprecated", card.Deprecated);
        json.WriteStartArray("labels");
        foreach (var label in card.Labels)
        {
            json.WriteStartObject();
            json.WriteString("text", label.Text);
            json.WriteString("language", label.Language);
            json.WriteString("kind", label.Kind switch { LabelKind.Preferred => "pref", LabelKind.Alternative => "alt", _ => "hidden" });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("definitions");
        foreach (var (language, text) in card.Definitions)
        {
            json.WriteString(language, text);
        }

        json.WriteEndObject();
        WriteCodes(json, "broader", card.Broader);
        WriteCodes(json, "narrower", card.Narrower);
        json.WriteStartArray("mappings");
        foreach (var mapping in card.Mappings)
        {
            json.WriteStartObject();
            json.WriteString("property", mapping.Property);
            json.WriteString("system", mapping.To.System);
            json.WriteString("code", mapping.To.Code);
            json.WriteString("display", mapping.To.Display);
            json.WriteString("comment", mapping.Rationale);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in card.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        json.WriteString("vocabulary_version", card.VocabularyVersion);
        json.WriteEndObject();
        json.Flush();
        _console.Output.WriteByte((byte)'\n');
    }

    private static void WriteCodes(Utf8JsonWriter json, string name, IReadOnlyList<ConceptReference> concepts)
    {
        json.WriteStartArray(name);
        foreach (var concept in concepts)
        {
            json.WriteStringValue(concept.Code);
        }

        json.WriteEndArray();
    }
}
