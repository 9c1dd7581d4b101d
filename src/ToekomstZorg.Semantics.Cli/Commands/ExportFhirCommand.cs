using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Fhir.Export;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem export fhir --out DIR [--vocab DIR]</c>: a CodeSystem and ValueSet per scheme, a ConceptMap per sector
/// to kern and per sector pair, and a collection Bundle of all, one <c>ResourceType-id.json</c> file each.
/// </summary>
internal sealed class ExportFhirCommand : Command
{
    private readonly CliConsole _console;
    private readonly IFhirVocabularyLoader _loader;
    private readonly Option<string> _out = new("--out") { Description = "Directory to write the resources into", Required = true, HelpName = "DIR" };
    private readonly Option<string> _vocab = VocabularyOption.Create();

    public ExportFhirCommand(CliConsole console, IFhirVocabularyLoader loader)
        : base("fhir", "Write FHIR R4 CodeSystems, ValueSets, ConceptMaps and a Bundle of them")
    {
        _console = console;
        _loader = loader;
        Options.Add(_out);
        Options.Add(_vocab);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var vocabulary = _loader.Load(parseResult.GetValue(_vocab)!);
        var directory = parseResult.GetValue(_out)!;
        var written = new FhirTerminologyExporter(vocabulary.Snapshot, vocabulary.Translator).WriteTo(directory);
        _console.Error.WriteLine($"tzsem: wrote {written.Count} FHIR resources to {directory} (vocabulary {vocabulary.Snapshot.Version})");
        return ExitCodes.Success;
    }
}
