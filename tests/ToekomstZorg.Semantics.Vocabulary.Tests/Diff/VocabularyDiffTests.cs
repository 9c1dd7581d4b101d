using System.Text.Json;
using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Diff;

/// <summary>
/// The semantic diff on the small fixture vocabulary (kern, ggz, vaph, mappings): the old side is the fixture as it
/// is, the new side the fixture with one hand-written edit, so each test pins what exactly that edit shows.
/// </summary>
public sealed class VocabularyDiffTests : IDisposable
{
    private readonly FixtureVocabulary _old = new();
    private readonly FixtureVocabulary _new = new();

    public void Dispose()
    {
        _old.Dispose();
        _new.Dispose();
    }

    [Fact]
    public void Compute_SameVocabulary_IsEmpty()
    {
        var diff = Diff();

        diff.IsEmpty.Should().BeTrue();
        diff.HasImpact.Should().BeFalse();
        diff.TranslationsCompared.Should().Be(0, "nothing changed, so no translation can have another outcome");
        diff.OldVersion.Should().Be(diff.NewVersion);
    }

    [Fact]
    public void Compute_MappingRelationChanged_ChangeAndEveryTranslationThroughIt()
    {
        Edit("mappings.ttl", "ggz:huisarts skos:exactMatch kern:huisarts .", "ggz:huisarts skos:closeMatch kern:huisarts .");
        Edit("mappings.ttl", "owl:annotatedSource ggz:huisarts ; owl:annotatedProperty skos:exactMatch", "owl:annotatedSource ggz:huisarts ; owl:annotatedProperty skos:closeMatch");

        var diff = Diff();

        var change = diff.MappingsChanged.Should().ContainSingle().Subject;
        change.Old.ToString().Should().Be("ggz:huisarts skos:exactMatch kern:huisarts");
        change.New.Relation.Should().Be(MappingRelation.Close);
        change.RelationChanged.Should().BeTrue();
        change.RationaleChanged.Should().BeFalse();
        diff.MappingsAdded.Should().BeEmpty();
        diff.MappingsRemoved.Should().BeEmpty();
        diff.Impact.Select(i => i.ToString()).Should().Equal(
            "ggz:huisarts → kern:huisarts equivalent → inexact",
            "ggz:huisarts → vaph:huisarts equivalent → inexact",
            "kern:huisarts → ggz:huisarts equivalent → inexact",
            "vaph:huisarts → ggz:huisarts equivalent → inexact");
        diff.Impact.Should().OnlyContain(i => i.Kind == TranslationImpactKind.EquivalenceChanged);
        diff.ImpactedTranslations.Should().Be(4);
    }

    [Fact]
    public void Compute_MappingRemoved_TranslationsLost()
    {
        Edit("mappings.ttl", "vaph:huisarts skos:exactMatch kern:huisarts .", string.Empty);

        var diff = Diff();

        diff.MappingsRemoved.Should().ContainSingle().Which.ToString().Should().Be("vaph:huisarts skos:exactMatch kern:huisarts");
        diff.Impact.Should().OnlyContain(i => i.Kind == TranslationImpactKind.Lost && i.NewEquivalence == null && i.OldEquivalence == Equivalence.Equivalent);
        diff.Impact.Select(i => $"{i.Source}>{i.Target}").Should().Equal(
            "ggz:huisarts>vaph:huisarts", "kern:huisarts>vaph:huisarts", "vaph:huisarts>ggz:huisarts", "vaph:huisarts>kern:huisarts");
    }

    [Fact]
    public void Compute_MappingWrittenFromTheOtherSideWithInverseRelation_NoChange()
    {
        Edit("mappings.ttl", "ggz:dubbeldiagnose skos:broadMatch kern:dubbeldiagnose .", "kern:dubbeldiagnose skos:narrowMatch ggz:dubbeldiagnose .");
        Edit("mappings.ttl",
            "owl:annotatedSource ggz:dubbeldiagnose ; owl:annotatedProperty skos:broadMatch ;\n   owl:annotatedTarget kern:dubbeldiagnose",
            "owl:annotatedSource kern:dubbeldiagnose ; owl:annotatedProperty skos:narrowMatch ;\n   owl:annotatedTarget ggz:dubbeldiagnose");

        var diff = Diff();

        diff.MappingsAdded.Should().BeEmpty();
        diff.MappingsRemoved.Should().BeEmpty();
        diff.MappingsChanged.Should().BeEmpty();
        diff.Impact.Should().BeEmpty("the same statement read from the other side translates the same");
    }

    [Fact]
    public void Compute_RationaleChanged_MappingChangedWithoutImpact()
    {
        Edit("mappings.ttl", "owl:annotatedTarget kern:huisarts ; rdfs:comment \"Dezelfde rol.\"@nl .\n\nvaph", "owl:annotatedTarget kern:huisarts ; rdfs:comment \"Dezelfde rol in de GGZ.\"@nl .\n\nvaph");

        var diff = Diff();

        var change = diff.MappingsChanged.Should().ContainSingle().Subject;
        change.RelationChanged.Should().BeFalse();
        change.RationaleChanged.Should().BeTrue();
        change.Old.Rationale.Should().Be("Dezelfde rol.");
        change.New.Rationale.Should().Be("Dezelfde rol in de GGZ.");
        diff.HasImpact.Should().BeFalse("the equivalences and warnings stay");
    }

    [Fact]
    public void Compute_LabelsDefinitionAndSourceChanged_OneChangePerLanguageAndKind()
    {
        Edit("kern.ttl", "skos:prefLabel \"zorgcoördinatie\"@nl , \"care coordination\"@en ;", "skos:prefLabel \"zorgcoördinatie\"@nl , \"coordination of care\"@en ;");
        Edit("kern.ttl", "skos:altLabel \"Zoco\"@nl ;\n    skos:hiddenLabel \"zorgcoordinatie\"@nl ;", "skos:altLabel \"Zoco\"@nl , \"ZC\"@nl ;");
        Edit("kern.ttl", "\"Het afstemmen van zorg en ondersteuning rond een persoon.\"@nl ;\n    dct:source \"seeds/002.txt\" .",
            "\"Het afstemmen van zorg en ondersteuning rond een persoon en zijn netwerk.\"@nl ;\n    dct:source \"seeds/002b.txt\" .");

        var diff = Diff();

        diff.ConceptChanges.Select(c => $"{c.Concept} {c.Field.ToName()} {c.Language} [{c.Old}] [{c.New}]").Should().Equal(
            "kern:zorgcoordinatie pref_label en [care coordination] [coordination of care]",
            "kern:zorgcoordinatie alt_label nl [] [ZC]",
            "kern:zorgcoordinatie hidden_label nl [zorgcoordinatie] []",
            "kern:zorgcoordinatie definition nl [Het afstemmen van zorg en ondersteuning rond een persoon.] [Het afstemmen van zorg en ondersteuning rond een persoon en zijn netwerk.]",
            "kern:zorgcoordinatie source  [] [seeds/002b.txt]",
            "kern:zorgcoordinatie source  [seeds/002.txt] []");
        diff.ConceptsAdded.Should().BeEmpty();
        diff.HasImpact.Should().BeFalse();
    }

    [Fact]
    public void Compute_ConceptAddedAndRemoved_ListedAndRemovedOnesTranslationsLost()
    {
        Edit("vaph.ttl", "vaph:huisarts a skos:Concept", "vaph:huisarts2 a skos:Concept");
        Edit("vaph.ttl", "skos:notation \"huisarts\"", "skos:notation \"huisarts2\"");
        Edit("mappings.ttl", "vaph:huisarts skos:exactMatch kern:huisarts .", string.Empty);

        var diff = Diff();

        diff.ConceptsAdded.Should().ContainSingle().Which.ToString().Should().Be("vaph:huisarts2");
        diff.ConceptsRemoved.Should().ContainSingle().Which.ToString().Should().Be("vaph:huisarts");
        diff.Impact.Where(i => i.Source.Code == "huisarts" && i.Source.Scheme == "vaph").Select(i => (i.Target.ToString(), i.Kind))
            .Should().BeEquivalentTo([("ggz:huisarts", TranslationImpactKind.Lost), ("kern:huisarts", TranslationImpactKind.Lost)]);
    }

    [Fact]
    public void Compute_ConceptDeprecatedWithReplacement_ListsTheReplacement()
    {
        File.WriteAllText(_new.PathOf("deprecation.ttl"), """
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix ggz: <https://w3id.org/toekomstzorg/ggz/> .
            ggz:zorgplan owl:deprecated true ; dct:isReplacedBy ggz:huisarts , <https://example.org/elsewhere> .
            """);

        var diff = Diff();

        var deprecation = diff.ConceptsDeprecated.Should().ContainSingle().Subject;
        deprecation.Concept.ToString().Should().Be("ggz:zorgplan");
        deprecation.ReplacedBy.Select(r => r.ToString()).Should().Equal("https://example.org/elsewhere", "ggz:huisarts");
        deprecation.ReplacedBy[0].IsInVocabulary.Should().BeFalse();
        diff.ConceptsReinstated.Should().BeEmpty();
    }

    [Fact]
    public void Compute_FalseFriendAdded_ListedAndWarningImpact()
    {
        File.AppendAllText(_new.PathOf("mappings.ttl"), "\nggz:huisarts tz:falseFriendOf vaph:huisarts .\n");

        var diff = Diff();

        var pair = diff.FalseFriendsAdded.Should().ContainSingle().Subject;
        (pair.First.ToString(), pair.Second.ToString()).Should().Be(("ggz:huisarts", "vaph:huisarts"));
        diff.Impact.Select(i => i.ToString()).Should().Equal(
            "ggz:huisarts → vaph:huisarts equivalent → equivalent (false-friend warning added)",
            "vaph:huisarts → ggz:huisarts equivalent → equivalent (false-friend warning added)");
        diff.Impact.Should().OnlyContain(i => i.Kind == TranslationImpactKind.WarningChanged && i.OldFalseFriend == false && i.NewFalseFriend == true);
    }

    [Fact]
    public void Compute_FalseFriendRemovedButLabelsStillEqual_PairRemovedWarningStays()
    {
        Edit("mappings.ttl", "vaph:dubbeldiagnose tz:falseFriendOf ggz:dubbeldiagnose .", string.Empty);

        var diff = Diff();

        diff.FalseFriendsRemoved.Should().ContainSingle().Which.Rationale.Should().Be("Zelfde woord, andere doelgroep.");
        diff.HasImpact.Should().BeFalse("an inexact match with the same label still carries the false-friend warning");
    }

    [Fact]
    public void Compute_TwiceOnTheSameVersions_SameSortedResult()
    {
        Edit("mappings.ttl", "ggz:huisarts skos:exactMatch kern:huisarts .", "ggz:huisarts skos:relatedMatch kern:huisarts .");
        Edit("mappings.ttl", "vaph:ondersteuningsplan skos:closeMatch kern:zorgplan .", "vaph:ondersteuningsplan skos:exactMatch kern:zorgplan .");

        var first = Diff();
        var second = Diff();

        first.Impact.Should().Equal(second.Impact);
        first.Impact.Select(i => (i.Source, i.TargetScheme, i.Target))
            .Should().BeInAscendingOrder(Comparer<(DiffConcept, string, DiffConcept)>.Create((a, b) =>
            {
                var c = a.Item1.CompareTo(b.Item1);
                c = c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
                return c != 0 ? c : a.Item3.CompareTo(b.Item3);
            }));
        first.Impact.Should().HaveCountGreaterThan(4);
    }

    [Fact]
    public void WriteJson_AnyDiff_ParsesWithCountsMatchingTheLists()
    {
        Edit("mappings.ttl", "ggz:huisarts skos:exactMatch kern:huisarts .", "ggz:huisarts skos:closeMatch kern:huisarts .");
        Edit("vaph.ttl", "vaph:huisarts a skos:Concept", "vaph:huisarts2 a skos:Concept");
        var diff = Diff();
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            VocabularyDiffJson.Write(writer, diff);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        var root = document.RootElement;
        root.GetProperty("new_version").GetString().Should().Be(diff.NewVersion);
        var counts = root.GetProperty("counts");
        foreach (var list in new[] { "concepts_added", "concepts_removed", "mappings_added", "mappings_removed", "mappings_changed", "impact" })
        {
            counts.GetProperty(list).GetInt32().Should().Be(root.GetProperty(list).GetArrayLength(), list);
        }

        counts.GetProperty("impact").GetInt32().Should().BeGreaterThan(0);
        var item = root.GetProperty("impact").EnumerateArray().First(i => i.GetProperty("change").GetString() == "equivalence_changed");
        item.GetProperty("old_equivalence").GetString().Should().Be("equivalent");
        item.GetProperty("new_equivalence").GetString().Should().Be("inexact");
        item.GetProperty("source").GetProperty("iri").GetString().Should().StartWith("https://w3id.org/toekomstzorg/");
    }

    private VocabularyDiff Diff() => VocabularyDiff.Compute(_old.Load().Snapshot, _new.Load().Snapshot);

    private void Edit(string file, string find, string replace)
    {
        var path = _new.PathOf(file);
        var text = File.ReadAllText(path);
        text.Should().Contain(find, "the edit must apply to the fixture");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
