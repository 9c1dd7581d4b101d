using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem subsumes SCHEME CODE_A CODE_B [--vocab DIR]</c>: prints the FHIR outcome (<c>equivalent</c>, <c>subsumes</c>,
/// <c>subsumed-by</c>, <c>not-subsumed</c>) of A against B in the scheme's <c>skos:broader</c> hierarchy, from
/// <see cref="VocabularySnapshot.Subsumes"/> (what gRPC Subsumes and FHIR <c>$subsumes</c> answer).
/// </summary>
internal sealed class SubsumesCommand : Command
{
    private readonly CliConsole _console;
    private readonly Argument<string> _scheme = new("SCHEME") { Description = "Scheme key (ggz) or IRI" };
    private readonly Argument<string> _codeA = new("CODE_A") { Description = "The possibly broader code" };
    private readonly Argument<string> _codeB = new("CODE_B") { Description = "The possibly narrower code" };
    private readonly Option<string> _vocab = VocabularyOption.Create();

    public SubsumesCommand(CliConsole console)
        : base("subsumes", "Whether one code subsumes another in a scheme's hierarchy (FHIR $subsumes outcome)")
    {
        _console = console;
        Arguments.Add(_scheme);
        Arguments.Add(_codeA);
        Arguments.Add(_codeB);
        Options.Add(_vocab);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var snapshot = VocabularySnapshots.Load(parseResult.GetValue(_vocab)!, _console.Error);
        var scheme = VocabularySnapshots.Scheme(snapshot, parseResult.GetValue(_scheme)!);
        var a = VocabularySnapshots.Concept(snapshot, scheme, parseResult.GetValue(_codeA)!);
        var b = VocabularySnapshots.Concept(snapshot, scheme, parseResult.GetValue(_codeB)!);
        _console.OutputText.WriteLine(VocabularySnapshot.Subsumes(a, b) switch
        {
            SubsumptionOutcome.Equivalent => "equivalent",
            SubsumptionOutcome.Subsumes => "subsumes",
            SubsumptionOutcome.SubsumedBy => "subsumed-by",
            _ => "not-subsumed",
        });
        return ExitCodes.Success;
    }
}
