using System.CommandLine;
using System.Text.Json;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary><c>tzsem lookup SCHEME CODE [--vocab DIR] [--format text|json]</c>: one concept with its labels, definition, hierarchy and mappings.</summary>
internal sealed class LookupCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Scheme key (ggz) or IRI" };
    private readonly Argument<string> _code = new("CODE") { Description = "The concept's code (skos:notation)" };
    private readonly Option<string> _vocab = VocabularyOption.Create();
    private readonly Option<string> _format = OutputFormat.Create();

    public LookupCommand(CliConsole console)
        : base("lookup", "Show one concept: labels, definition, broader/narrower, mappings")
    {
        _console = console;
        Arguments.Add(_scheme);
        Arguments.Add(_code);
        Options.Add(_vocab);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var scheme = VocabularySnapshots.Scheme(snapshot, parseResult.GetValue(_scheme)!);
        var code = parseResult.GetValue(_code)!;
        if (!snapshot.TryGetConcept(scheme, code, out var concept))
        {
            throw new CliInputException($"scheme {scheme.Key} has no concept with code '{code}'");
        }

        if (parseResult.GetValue(_format) == OutputFormat.Json)
        {
            WriteJson(concept, snapshot.Version);
        }
        else
        {
            WriteText(concept);
        }

        return ExitCodes.Success;
    }

    private void WriteText(Concept concept)
    {
        var o = _console.OutputText;
        o.WriteLine($"{concept}  {concept.Display()}{(concept.Deprecated ? "  (deprecated)" : string.Empty)}");
        o.WriteLine($"  {concept.Iri}");
        foreach (var group in concept.Labels.GroupBy(l => l.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {group.Key}: {string.Join("; ", group.Select(l => l.Kind == LabelKind.Preferred ? l.Text : $"{l.Text} ({(l.Kind == LabelKind.Alternative ? "alt" : "hidden")})"))}");
        }

        foreach (var (language, definition) in concept.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  definition ({language}): {definition}");
        }

        foreach (var note in concept.EditorialNotes)
        {
            o.WriteLine($"  editorial note: {note}");
        }

        if (concept.Broader.Count > 0)
        {
            o.WriteLine($"  broader: {string.Join(", ", concept.Broader.Select(c => $"{c.Code} ({c.Display()})"))}");
        }

        if (concept.Narrower.Count > 0)
        {
            o.WriteLine($"  narrower: {string.Join(", ", concept.Narrower.Select(c => $"{c.Code} ({c.Display()})"))}");
        }

        foreach (var mapping in concept.Mappings)
        {
            o.WriteLine($"  {(mapping.Reversed ? "^" : string.Empty)}skos:{mapping.Relation.LocalName()} {mapping.To} ({mapping.To.Display()}){(mapping.Rationale is null ? string.Empty : " — " + mapping.Rationale)}");
        }

        foreach (var source in concept.Sources)
        {
            o.WriteLine($"  source: {source}");
        }
    }

    private void WriteJson(Concept concept, string version)
    {
        using var json = new Utf8JsonWriter(_console.Output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("system", concept.Scheme.Iri);
        json.WriteString("code", concept.Code);
        json.WriteString("display", concept.Display());
        json.WriteString("iri", concept.Iri);
        json.WriteBoolean("deprecated", concept.Deprecated);
        json.WriteStartArray("labels");
        foreach (var label in concept.Labels)
        {
            json.WriteStartObject();
            json.WriteString("text", label.Text);
            json.WriteString("language", label.Language);
            json.WriteString("kind", label.Kind switch { LabelKind.Preferred => "pref", LabelKind.Alternative => "alt", _ => "hidden" });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("definitions");
        foreach (var (language, text) in concept.Definitions)
        {
            json.WriteString(language, text);
        }

        json.WriteEndObject();
        WriteCodes(json, "broader", concept.Broader);
        WriteCodes(json, "narrower", concept.Narrower);
        json.WriteStartArray("mappings");
        foreach (var mapping in concept.Mappings)
        {
            json.WriteStartObject();
            json.WriteString("property", (mapping.Reversed ? "^skos:" : "skos:") + mapping.Relation.LocalName());
            json.WriteString("system", mapping.To.Scheme.Iri);
            json.WriteString("code", mapping.To.Code);
            json.WriteString("display", mapping.To.Display());
            json.WriteString("comment", mapping.Rationale);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in concept.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        json.WriteString("vocabulary_version", version);
        json.WriteEndObject();
        json.Flush();
        _console.Output.WriteByte((byte)'\n');
    }

    private static void WriteCodes(Utf8JsonWriter json, string name, IReadOnlyList<Concept> concepts)
    {
        json.WriteStartArray(name);
        foreach (var concept in concepts)
        {
            json.WriteStringValue(concept.Code);
        }

        json.WriteEndArray();
    }
}
