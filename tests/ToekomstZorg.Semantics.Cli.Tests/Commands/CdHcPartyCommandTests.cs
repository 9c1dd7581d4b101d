using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.TestSupport;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Commands;

/// <summary>
/// The repository's vocab/ with its CD-HCPARTY reference scheme (vocab/reference/cd-hcparty.ttl, issue 14 §4): the
/// BeCareTeam practice of coding CareTeam roles with CD-HCPARTY, and the terminology commands on that scheme.
/// </summary>
public sealed class CdHcPartyCommandTests
{
    private const string HcParty = "https://www.ehealth.fgov.be/standards/fhir/core/CodeSystem/cd-hcparty";

    private static string Vocab => Path.Combine(RepositoryPaths.Root, "vocab");

    private static string CareTeam => Path.Combine(AppContext.BaseDirectory, "Fixtures", "careteam-sector-roles.json");

    [Fact]
    public void TranslateFhir_CareTeamSectorRolesToCdHcParty_CodesAsPublishedAndEveryOtherElementKept()
    {
        var outcome = Path.Combine(Path.GetTempPath(), $"tzsem-hcparty-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, stderr) = Tzsem("translate-fhir", CareTeam, "--to", "cd-hcparty", "--vocab", Vocab, "--outcome", outcome);

            exit.Should().Be(0, stderr);
            var output = JsonNode.Parse(stdout)!;
            string?[] expected =
            [
                "persgeneralphysician", "persnurse", "perspharmacist", "persgeriatrist", "perspsychatrist", "perssocialworker",
                "perscaregiver", null, "orgretirementhome",
            ];
            var participants = output["participant"]!.AsArray();
            participants.Should().HaveCount(expected.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                var codings = participants[i]!["role"]![0]!["coding"]!.AsArray();
                var added = codings.Where(c => c!["system"]!.GetValue<string>() == HcParty).Select(c => c!["code"]!.GetValue<string>()).ToList();
                if (expected[i] is { } code)
                {
                    added.Should().Equal([code], $"participant {i}");
                }
                else
                {
                    added.Should().BeEmpty("CD-HCPARTY has no code for the eerstelijn zorgcoördinator");
                }
            }

            // Every other byte: the output minus the added codings is the input.
            foreach (var participant in participants)
            {
                var codings = participant!["role"]![0]!["coding"]!.AsArray();
                foreach (var added in codings.Where(c => c!["system"]!.GetValue<string>() == HcParty).ToList())
                {
                    codings.Remove(added);
                }
            }

            JsonNode.DeepEquals(output, JsonNode.Parse(File.ReadAllText(CareTeam))).Should().BeTrue("translation only adds codings");

            var issues = JsonNode.Parse(File.ReadAllText(outcome))!["issue"]!.AsArray()
                .Select(i => (Expression: i!["expression"]![0]!.GetValue<string>(), Codes: i["details"]!["coding"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToArray()))
                .ToList();
            issues.Should().ContainSingle(i => i.Expression == "CareTeam.participant[1].role[0].coding[0]").Which.Codes.Should().Contain(["lossy", "wider"]);
            issues.Should().ContainSingle(i => i.Expression == "CareTeam.participant[7].role[0].coding[0]").Which.Codes.Should().Contain(["unmapped", "unmatched"]);
            issues.Where(i => i.Expression.StartsWith("CareTeam.participant", StringComparison.Ordinal)).Should().HaveCount(2, "the other seven roles are equivalent");
            stderr.Should().NotContain("Practitioner/", "a care team is personal data and is not echoed");
        }
        finally
        {
            File.Delete(outcome);
        }
    }

    [Theory]
    [InlineData("eerstelijn", "huisarts", "equivalent", "persgeneralphysician")]
    [InlineData("ggz", "psychiater", "equivalent", "perspsychatrist")]
    [InlineData("eerstelijn", "thuisverpleegkundige", "wider", "persnurse")]
    public void Translate_SectorRoleToCdHcParty_CodeAsPublishedWithEquivalence(string scheme, string code, string equivalence, string target)
    {
        var (exit, stdout, stderr) = Tzsem("translate", scheme, code, "--to", "cd-hcparty", "--vocab", Vocab);

        exit.Should().Be(0, stderr);
        stdout.Should().MatchRegex($@"\n\s+{equivalence}\s+cd-hcparty:{target} ");
    }

    [Fact]
    public void Lint_RepositoryVocabularyWithReferenceScheme_NoErrorsNoWarnings()
    {
        var (exit, stdout, _) = Tzsem("lint", Vocab);

        exit.Should().Be(0);
        stdout.Should().Contain("0 error(s), 0 warning(s)");
    }

    [Fact]
    public void Lookup_CdHcPartyCodeAsPublished_LabelsAndTheMappingsToIt()
    {
        var (exit, stdout, _) = Tzsem("lookup", "cd-hcparty", "perspsychatrist", "--vocab", Vocab);

        exit.Should().Be(0);
        stdout.Should().Contain($"{HcParty}/perspsychatrist").And.Contain("nl-BE: psychiater").And.Contain("fr-BE: psychiatre")
            .And.Contain("^skos:exactMatch ggz:psychiater");
    }

    [Fact]
    public void Search_ByCdHcPartyCode_FindsTheReferenceConcept()
    {
        var (exit, stdout, _) = Tzsem("search", "perscaregiver", "--vocab", Vocab);

        exit.Should().Be(0);
        stdout.Should().StartWith("cd-hcparty:perscaregiver");
    }

    [Fact]
    public void Expand_CdHcParty_EveryCodeOfTheReferenceScheme()
    {
        var (exit, stdout, _) = Tzsem("expand", "cd-hcparty", "--vocab", Vocab);

        exit.Should().Be(0);
        var codes = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToList();
        codes.Should().HaveCount(34).And.OnlyHaveUniqueItems().And.Contain(["persgeneralphysician", "perspsychatrist", "orgretirementhome", "orgshelteredliving"]);
    }
}
