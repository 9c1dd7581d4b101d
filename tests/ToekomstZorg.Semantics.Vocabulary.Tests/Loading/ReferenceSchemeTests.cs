using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Search;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Loading;

public sealed class ReferenceSchemeTests
{
    private const string HcParty = "https://www.ehealth.fgov.be/standards/fhir/core/CodeSystem/cd-hcparty";

    [Fact]
    public void LoadDirectory_ReferenceSchemes_LintCleanAndMarkedAsReference()
    {
        using var vocabulary = ReferenceVocabulary.Create();

        var result = vocabulary.Load();

        result.Diagnostics.Should().BeEmpty("reference schemes meet RDF/SKOS integrity, and house rules are not theirs; found {0}", string.Join("; ", result.Diagnostics));
        result.Snapshot.TryGetScheme("cd-hcparty", out var hcparty).Should().BeTrue();
        hcparty!.IsReference.Should().BeTrue();
        hcparty.Iri.Should().Be(HcParty);
        result.Snapshot.TryGetScheme("care-thesaurus", out var thesaurus).Should().BeTrue();
        thesaurus!.IsReference.Should().BeTrue();
        thesaurus.CodeNamespace.Should().Be("http://example.org/care-thesaurus/concept/");
        result.Snapshot.TryGetScheme("kern", out var kern).Should().BeTrue();
        kern!.IsReference.Should().BeFalse();
    }

    [Fact]
    public void TryGetConcept_NotationKeyedList_CodeIsTheNotationAsWritten()
    {
        using var vocabulary = ReferenceVocabulary.Create();
        var snapshot = vocabulary.Load().Snapshot;

        snapshot.TryGetConcept(HcParty, "persphysician.GP", out var gp).Should().BeTrue();

        gp!.Iri.Should().Be("urn:test:hcparty:3");
        gp.PrefLabels.Should().Contain("fr", "médecin généraliste");
        snapshot.Schemes.Single(s => s.Key == "cd-hcparty").Concepts.Select(c => c.Code)
            .Should().Equal("orghospital", "persnurse", "persphysician", "persphysician.GP");
    }

    [Fact]
    public void TryGetConcept_CodeNamespace_CodeIsTheIriMinusTheNamespaceWithHierarchy()
    {
        using var vocabulary = ReferenceVocabulary.Create();
        var snapshot = vocabulary.Load().Snapshot;

        snapshot.TryGetConcept("care-thesaurus", "C-1.2/a", out var community).Should().BeTrue();
        snapshot.TryGetConcept("care-thesaurus", "C-1", out var professional).Should().BeTrue();

        community!.Broader.Select(c => c.Code).Should().Equal("C-1.2");
        professional!.Narrower.Select(c => c.Code).Should().Equal("C-1.1", "C-1.2");
        VocabularySnapshot.Subsumes(professional, community).Should().Be(SubsumptionOutcome.Subsumes);
        community.Display().Should().Be("community nurse", "with no Dutch label the display falls back to a label it has");
        community.Display("de").Should().Be("Gemeindepflegekraft");
    }

    [Fact]
    public void Search_GermanAltLabelOfThesaurus_FindsTheConcept()
    {
        using var vocabulary = ReferenceVocabulary.Create();
        var snapshot = vocabulary.Load().Snapshot;

        var hits = snapshot.Search(new SearchQuery("allgemeinmedizin", Schemes: ["care-thesaurus"]));

        hits.Select(h => h.Concept.Code).Should().Equal("C-1.1");
        snapshot.Search(new SearchQuery("persphysician.gp")).Select(h => h.Concept.Code).Should().Contain("persphysician.GP");
    }

    [Fact]
    public void Translate_SectorThroughKernToReference_ComposesLikeAnyTarget()
    {
        using var vocabulary = ReferenceVocabulary.Create();
        var snapshot = vocabulary.Load().Snapshot;

        var vaph = snapshot.Translate("vaph", "huisarts", "cd-hcparty");
        var ggz = snapshot.Translate("ggz", "huisarts", HcParty);
        var thesaurus = snapshot.Translate("kern", "huisarts", "care-thesaurus");

        vaph.Matches.Should().ContainSingle();
        vaph.Best!.Target.Code.Should().Be("persphysician.GP");
        vaph.Best.Equivalence.Should().Be(Equivalence.Equivalent, "exactMatch to kern, and kern exactMatch to the reference concept");
        vaph.Best.Rationales.Should().Contain("De huisarts is CD-HCPARTY persphysician.GP.");
        ggz.Matches.Select(m => (m.Target.Code, m.Equivalence)).Should().BeEquivalentTo(new[]
        {
            ("persphysician.GP", Equivalence.Equivalent),
            ("persphysician", Equivalence.Wider),
        });
        thesaurus.Best!.Target.Code.Should().Be("C-1.1");
        thesaurus.Best.Equivalence.Should().Be(Equivalence.Inexact);
    }

    [Fact]
    public void Run_SameFilesOutsideReferenceFolder_HouseRulesApply()
    {
        using var vocabulary = new FixtureVocabulary();
        File.Copy(Path.Combine(ReferenceVocabulary.TestDataRoot, "reference", "care-thesaurus.ttl"), vocabulary.PathOf("care-thesaurus.ttl"));

        var result = vocabulary.Load();

        result.Snapshot.Schemes.Should().OnlyContain(s => !s.IsReference);
        result.Diagnostics.Select(d => d.Rule).Should().Contain([LintRules.MissingDutchPrefLabel, LintRules.MissingDefinition, LintRules.MissingSource, LintRules.UnmappedSectorConcept, LintRules.InvalidCode]);
    }

    [Fact]
    public void Run_MappingToReferenceConceptWithoutRationale_Warning()
    {
        using var vocabulary = ReferenceVocabulary.Create();
        File.WriteAllText(vocabulary.PathOf(Path.Combine("mappings", "bare.ttl")), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:zorgplan skos:relatedMatch <urn:test:hcparty:2> .
            """);

        var result = vocabulary.Load();

        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Rule.Should().Be(LintRules.MappingWithoutRationale);
        finding.Message.Should().Contain("cd-hcparty:persnurse");
        finding.Location!.Line.Should().Be(3);
        result.HasErrors.Should().BeFalse();
    }

    [Theory]
    [InlineData("ct:C-1 skos:broader ct:C-1.1 .", "TZ007")]
    [InlineData("ct:C-1.2 skos:prefLabel \"nursing professional\"@en .", "TZ004")]
    [InlineData("ct:C-1.2 skos:altLabel \"nurse\"@en .", "TZ005")]
    [InlineData("ct:C-1.2 skos:broader ct:C-9 .", "TZ002")]
    [InlineData("ct:C-1.2 skos:related <http://example.org/elsewhere/x> .", "TZ002")]
    [InlineData("<https://w3id.org/toekomstzorg/kern/huisarts> skos:closeMatch ct:C-7 .", "TZ002")]
    [InlineData("<http://example.org/x> a skos:Concept ; skos:prefLabel \"x\"@en .", "TZ008")]
    public void Run_ReferenceSchemeBreaksSkosIntegrity_RuleFires(string turtle, string ruleId)
    {
        using var vocabulary = ReferenceVocabulary.Create();
        File.WriteAllText(Path.Combine(vocabulary.Directory, "reference", "broken.ttl"), $"""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix ct:   <http://example.org/care-thesaurus/concept/> .
            {turtle}
            """);

        var result = vocabulary.Load();

        result.Diagnostics.Should().Contain(d => d.Rule.Id == ruleId, "found {0}", string.Join("; ", result.Diagnostics));
        result.Diagnostics.Should().OnlyContain(d => d.Rule.Id == ruleId || d.Rule.Id == "TZ008" || d.Rule.Id == "TZ002");
    }

    [Fact]
    public void LoadDirectory_PublicThesaurusPhySH_LoadsLintsCleanAndIsSearchable()
    {
        using var vocabulary = new FixtureVocabulary();
        ReferenceVocabulary.AddReference(vocabulary, Path.Combine(ReferenceVocabulary.TestDataRoot, "physh", "physh.ttl"));

        var result = vocabulary.Load();

        result.Diagnostics.Should().BeEmpty("found {0}", string.Join("; ", result.Diagnostics.Take(5)));
        result.Snapshot.TryGetScheme("physh", out var physh).Should().BeTrue();
        physh!.IsReference.Should().BeTrue();
        physh.Concepts.Should().HaveCount(3847);
        var hits = result.Snapshot.Search(new SearchQuery("sputtering", Schemes: ["physh"]));
        hits.Should().NotBeEmpty();
        hits[0].Concept.Display().Should().Be("Sputtering");
        hits[0].Concept.Code.Should().Be("002b6f36-b205-41ef-8810-90d621c01e9a");
        result.Snapshot.Search(new SearchQuery("superconduct", Schemes: ["physh"], Limit: 50)).Should().HaveCountGreaterThan(5);
        result.Snapshot.TryGetConcept("physh", "002b6f36-b205-41ef-8810-90d621c01e9a", out var sputtering).Should().BeTrue();
        sputtering!.Broader.Should().NotBeEmpty();
    }
}
