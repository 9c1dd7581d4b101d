using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem export fhir --out DIR [--vocab DIR] [--format json|xml]</c>: a CodeSystem and ValueSet per scheme, a
/// ConceptMap per sector to kern and per sector pair, the StructureDefinitions of the project's extensions, and a
/// collection Bundle of all, one <c>ResourceType-id.json</c> (or <c>.xml</c>) file each, written by Firely's serializers.
/// </summary>
internal sealed class ExportFhirCommand : Command
{
    private readonly CliConsole _console;
    private readonly IFhirVocabularyLoader _loader;
    private readonly Option<string> _out = new("--out") { Description = "Directory to write the resources into", Required = true, HelpName = "DIR" };
    private readonly Option<string> _vocab = VocabularyOption.Create();
    private readonly Option<string> _format = new("--format")
    {
        Description = "FHIR format of the files: json or xml",
        DefaultValueFactory = _ => "json",
        HelpName = "FORMAT",
    };

    public ExportFhirCommand(CliConsole console, IFhirVocabularyLoader loader)
        : base("fhir", "Write FHIR R4 CodeSystems, ValueSets, ConceptMaps and a Bundle of them")
    {
        _console = console;
        _loader = loader;
        Options.Add(_out);
        Options.Add(_vocab);
        _format.AcceptOnlyFromAmong("json", "xml");
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var vocabulary = _loader.Load(parseResult.GetValue(_vocab)!);
        var directory = parseResult.GetValue(_out)!;
        var format = parseResult.GetValue(_format) == "xml" ? FhirFormat.Xml : FhirFormat.Json;
        var written = new FhirTerminologyExporter(vocabulary.Snapshot, vocabulary.Translator).WriteTo(directory, format);
        _console.Error.WriteLine($"tzsem: wrote {written.Count} FHIR resources to {directory} (vocabulary {vocabulary.Snapshot.Version})");
        return ExitCodes.Success;
    }
}
