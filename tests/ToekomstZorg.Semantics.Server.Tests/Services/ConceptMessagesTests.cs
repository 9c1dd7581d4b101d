using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Services;

public sealed class ConceptMessagesTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public void ListSchemes_ReturnsEverySchemeWithKeyTitleAndCount()
    {
        var response = ConceptMessages.ListSchemes(fixture.Vocabulary);

        response.VocabularyVersion.Should().Be(fixture.Vocabulary.Version);
        response.Schemes.Select(s => (s.Key, s.System, s.ConceptCount)).Should().BeEquivalentTo(new[]
        {
            ("ggz", "https://w3id.org/toekomstzorg/ggz", 3),
            ("kern", "https://w3id.org/toekomstzorg/kern", 4),
            ("vaph", "https://w3id.org/toekomstzorg/vaph", 3),
        });
        response.Schemes.Single(s => s.Key == "ggz").Titles.Select(t => t.Language).Should().Equal("en", "nl");
    }

    [Fact]
    public void Lookup_ByKey_ReturnsLabelsOfEveryKindNotesSourcesAndHierarchy()
    {
        var overleg = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "kern", Code = "overleg" }).Concept;
        var zoco = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "kern", Code = "zorgcoordinatie" }).Concept;

        overleg.System.Should().Be("https://w3id.org/toekomstzorg/kern");
        overleg.Iri.Should().Be("https://w3id.org/toekomstzorg/kern/overleg");
        overleg.Broader.Should().Equal("zorgcoordinatie");
        overleg.Narrower.Should().Equal("mdo");
        overleg.ScopeNotes.Single().Value.Should().Contain("cliënt");
        overleg.EditorialNotes.Single().Value.Should().Be("Niet geverifieerd.");
        overleg.Sources.Should().BeEquivalentTo("https://example.org/overleg", "seeds/001.txt");
        zoco.Labels.Select(l => (l.Value, l.Kind)).Should().Contain([("Zoco", LabelKind.Alternative), ("zorgcoordinatie", LabelKind.Hidden), ("zorgcoördinatie", LabelKind.Preferred)]);
    }

    [Fact]
    public void Lookup_Languages_ChooseDisplayAndDefinition()
    {
        var concept = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "kern", Code = "overleg", Languages = { "en" } }).Concept;

        concept.Display.Should().Be("meeting");
        concept.Definition.Should().Be("Overleg.", "there is no English definition, so Dutch follows");
    }

    [Fact]
    public void Lookup_SectorConcept_ListsItsMappingsWithRationale()
    {
        var concept = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "https://w3id.org/toekomstzorg/ggz", Code = "dubbeldiagnose" }).Concept;

        var mapping = concept.Mappings.Should().ContainSingle().Subject;
        mapping.Relation.Should().Be(MappingRelation.BroadMatch);
        mapping.Inverse.Should().BeFalse("the mapping is written on the ggz concept");
        mapping.TargetSystem.Should().Be("https://w3id.org/toekomstzorg/kern");
        mapping.TargetCode.Should().Be("dubbeldiagnose");
        mapping.Comment.Should().Contain("verslaving");
    }

    [Fact]
    public void Lookup_KernConcept_ListsTheSectorMappingsReadFromItsSide()
    {
        var concept = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "kern", Code = "dubbeldiagnose" }).Concept;

        concept.Mappings.Select(m => (m.TargetSystem, m.TargetCode, m.Relation, m.Inverse)).Should().BeEquivalentTo(new[]
        {
            ("https://w3id.org/toekomstzorg/ggz", "dubbeldiagnose", MappingRelation.NarrowMatch, true),
            ("https://w3id.org/toekomstzorg/vaph", "dubbeldiagnose", MappingRelation.NarrowMatch, true),
        }, "the sector concepts' broadMatch is written on them and read here backwards");
    }

    [Fact]
    public void Lookup_DeprecatedConcept_IsMarked()
    {
        var concept = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "ggz", Code = "mdo" }).Concept;

        concept.Deprecated.Should().BeTrue();
    }

    [Fact]
    public void Lookup_DeprecatedConceptWithIsReplacedBy_NamesTheReplacementCode()
    {
        // ggz:mdo owl:deprecated true ; dct:isReplacedBy ggz:zorgcoordinatie (TestVocabulary).
        var concept = ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "ggz", Code = "mdo" }).Concept;

        concept.ReplacedBy.Should().Equal("zorgcoordinatie");
    }

    [Fact]
    public void Lookup_ReplacementInAnotherScheme_NamedByItsIri()
    {
        // Arrange: ggz:mdo is also replaced by a kern concept; a bare code would not say which scheme it is in.
        using var vocabulary = new TestVocabulary();
        vocabulary.Write("replaced.ttl", "ggz:mdo dct:isReplacedBy kern:overleg .");
        var served = new SnapshotVocabularyLoader(TimeProvider.System).Load(vocabulary.Directory);

        // Act
        var concept = ConceptMessages.Lookup(served, new LookupRequest { System = "ggz", Code = "mdo" }).Concept;

        // Assert
        concept.ReplacedBy.Should().BeEquivalentTo("zorgcoordinatie", "https://w3id.org/toekomstzorg/kern/overleg");
    }

    [Fact]
    public void Lookup_ConceptNotReplaced_NoReplacedBy() =>
        ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = "ggz", Code = "zorgcoordinatie" }).Concept.ReplacedBy.Should().BeEmpty();

    [Theory]
    [InlineData("", "x", nameof(TerminologyFault.InvalidArgument), "system")]
    [InlineData("kern", "", nameof(TerminologyFault.InvalidArgument), "code")]
    [InlineData("snomed", "x", nameof(TerminologyFault.NotFound), "system 'snomed'")]
    [InlineData("kern", "bestaat-niet", nameof(TerminologyFault.NotFound), "code 'bestaat-niet' is not a code of system https://w3id.org/toekomstzorg/kern")]
    public void Lookup_BadRequest_NamesTheField(string system, string code, string fault, string message)
    {
        var lookup = () => ConceptMessages.Lookup(fixture.Vocabulary, new LookupRequest { System = system, Code = code });

        var error = lookup.Should().Throw<TerminologyRequestException>().Which;
        error.Fault.ToString().Should().Be(fault);
        error.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("zorgcoordinatie", "", true, false)]
    [InlineData("zorgcoordinatie", "ZOCO", true, false)]
    [InlineData("zorgcoordinatie", "iets anders", false, false)]
    [InlineData("zorgcoordinatie", "zorgcoordinatie", false, false)] // a hidden label (search only) is not a display
    [InlineData("zorgcoordinatie", "CARE COORDINATION", true, false)]
    [InlineData("onbekend", "", false, false)]
    public void ValidateCode_ChecksCodeAndDisplay(string code, string display, bool result, bool deprecated)
    {
        var response = ConceptMessages.ValidateCode(fixture.Vocabulary, new ValidateCodeRequest { System = "kern", Code = code, Display = display });

        response.Result.Should().Be(result);
        response.Deprecated.Should().Be(deprecated);
        response.VocabularyVersion.Should().Be(fixture.Vocabulary.Version);
        if (!result)
        {
            response.Message.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void ValidateCode_DeprecatedAndReplaced_ValidWithAMessageNamingTheReplacement()
    {
        var response = ConceptMessages.ValidateCode(fixture.Vocabulary, new ValidateCodeRequest { System = "ggz", Code = "mdo" });

        (response.Result, response.Deprecated).Should().Be((true, true));
        response.Message.Should().Be(
            "https://w3id.org/toekomstzorg/ggz|mdo is deprecated (owl:deprecated); it is valid but should no longer be used. Use https://w3id.org/toekomstzorg/ggz|zorgcoordinatie (dct:isReplacedBy).");
    }

    [Theory]
    [InlineData("zorgcoordinatie", "mdo", SubsumptionOutcome.Subsumes)]
    [InlineData("mdo", "zorgcoordinatie", SubsumptionOutcome.SubsumedBy)]
    [InlineData("mdo", "mdo", SubsumptionOutcome.Equivalent)]
    [InlineData("dubbeldiagnose", "mdo", SubsumptionOutcome.NotSubsumed)]
    public void Subsumes_FollowsBroaderTransitively(string a, string b, SubsumptionOutcome outcome)
    {
        ConceptMessages.Subsumes(fixture.Vocabulary, new SubsumesRequest { System = "kern", CodeA = a, CodeB = b }).Outcome.Should().Be(outcome);
    }

    [Fact]
    public void Subsumes_UnknownCodeB_NamesCodeB()
    {
        var subsumes = () => ConceptMessages.Subsumes(fixture.Vocabulary, new SubsumesRequest { System = "kern", CodeA = "mdo", CodeB = "zz" });

        subsumes.Should().Throw<TerminologyRequestException>().WithMessage("code_b 'zz'*");
    }

    [Fact]
    public void Expand_DefaultsLeaveDeprecatedOut_IncludeDeprecatedAndLimitWork()
    {
        var active = ConceptMessages.Expand(fixture.Vocabulary, new ExpandRequest { System = "ggz" }).Select(c => c.Code).ToList();
        var all = ConceptMessages.Expand(fixture.Vocabulary, new ExpandRequest { System = "ggz", IncludeDeprecated = true }).Select(c => c.Code).ToList();
        var limited = ConceptMessages.Expand(fixture.Vocabulary, new ExpandRequest { System = "ggz", IncludeDeprecated = true, Limit = 1 }).ToList();
        var filtered = ConceptMessages.Expand(fixture.Vocabulary, new ExpandRequest { System = "kern", Filter = "overleg" }).Select(c => c.Code).ToList();

        active.Should().BeEquivalentTo("dubbeldiagnose", "zorgcoordinatie");
        all.Should().Contain("mdo").And.HaveCount(3);
        limited.Should().ContainSingle();
        filtered.Should().BeEquivalentTo("overleg", "mdo");
    }

    [Fact]
    public void Expand_NegativeLimit_IsInvalidBeforeAnyMessage()
    {
        var expand = () => ConceptMessages.Expand(fixture.Vocabulary, new ExpandRequest { System = "kern", Limit = -1 });

        expand.Should().Throw<TerminologyRequestException>().WithMessage("limit*");
    }
}
