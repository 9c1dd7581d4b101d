using System.Globalization;
using System.Text;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Lint;
using ToekomstZorg.Semantics.Vocabulary.Loading;
using ToekomstZorg.Semantics.Vocabulary.Tests.Support;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Lint;

public sealed class VocabularyLinterTests
{
    [Fact]
    public void Run_GoodFixture_NoFindings()
    {
        using var vocabulary = new FixtureVocabulary();
        var result = vocabulary.Load();
        result.Diagnostics.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
    }

    // Each broken fixture adds one violation to the good vocabulary; the rule fires where the violation is written.
    [Theory]
    [InlineData("TZ001-turtle-syntax.ttl", "TZ001", "TZ001-turtle-syntax.ttl", 12)]
    [InlineData("TZ002-undefined-reference.ttl", "TZ002", "TZ002-undefined-reference.ttl", 10)]
    [InlineData("TZ002-undefined-replacement.ttl", "TZ002", "TZ002-undefined-replacement.ttl", 10)]
    [InlineData("TZ003-missing-nl-preflabel.ttl", "TZ003", "TZ003-missing-nl-preflabel.ttl", 10)]
    [InlineData("TZ004-two-preflabels-one-language.ttl", "TZ004", "TZ004-two-preflabels-one-language.ttl", 10)]
    [InlineData("TZ005-pref-and-alt-label.ttl", "TZ005", "TZ005-pref-and-alt-label.ttl", 10)]
    [InlineData("TZ006-preflabel-clash.ttl", "TZ006", "TZ006-preflabel-clash.ttl", 13)]
    [InlineData("TZ007-broader-cycle.ttl", "TZ007", null, 0)]
    [InlineData("TZ008-concept-in-no-scheme.ttl", "TZ008", "TZ008-concept-in-no-scheme.ttl", 10)]
    [InlineData("TZ009-sector-concept-not-mapped-to-kern.ttl", "TZ009", "TZ009-sector-concept-not-mapped-to-kern.ttl", 10)]
    [InlineData("TZ010-exact-and-other-match.ttl", "TZ010", "mappings.ttl", 22)]
    [InlineData("TZ011-mapping-to-deprecated.ttl", "TZ011", "mappings.ttl", 26)]
    [InlineData("TZ012-missing-definition.ttl", "TZ012", "TZ012-missing-definition.ttl", 10)]
    [InlineData("TZ013-missing-source.ttl", "TZ013", "TZ013-missing-source.ttl", 10)]
    [InlineData("TZ014-possible-false-friend.ttl", "TZ014", null, 0)]
    [InlineData("TZ015-mapping-without-rationale.ttl", "TZ015", "TZ015-mapping-without-rationale.ttl", 10)]
    [InlineData("TZ016-missing-en-preflabel.ttl", "TZ016", "TZ016-missing-en-preflabel.ttl", 10)]
    [InlineData("TZ017-invalid-code.ttl", "TZ017", "TZ017-invalid-code.ttl", 10)]
    [InlineData("TZ018-reference-scheme-key.ttl", "TZ018", "TZ018-reference-scheme-key.ttl", 5)]
    [InlineData("TZ019-reference-code.ttl", "TZ019", "TZ019-reference-code.ttl", 10)]
    [InlineData("TZ020-unreachable-from-top-concept.ttl", "TZ020", "kern.ttl", 11)]
    [InlineData("TZ021-broader-without-narrower.ttl", "TZ021", "TZ021-broader-without-narrower.ttl", 14)]
    [InlineData("TZ022-label-equal-up-to-case.ttl", "TZ022", "TZ022-label-equal-up-to-case.ttl", 14)]
    public void Run_BrokenFixture_RuleFiresAtTheOffendingLine(string fixture, string ruleId, string? file, int line)
    {
        using var vocabulary = new FixtureVocabulary(fixture);
        var findings = vocabulary.Load().Diagnostics.Where(d => d.Rule.Id == ruleId).ToList();
        findings.Should().NotBeEmpty($"{fixture} breaks {ruleId}");
        var finding = findings[0];
        finding.Location.Should().NotBeNull();
        finding.Location!.Column.Should().BePositive();
        if (file is not null)
        {
            findings.Should().Contain(d => d.Location!.File == vocabulary.PathOf(file) && d.Location.Line == line,
                $"the finding names {file}:{line}; found {string.Join("; ", findings)}");
        }
    }

    [Fact]
    public void LoadDirectory_WithoutLint_ReportsOnlyTheSyntaxErrorsAndBuildsTheSameSnapshot()
    {
        using var vocabulary = new FixtureVocabulary("TZ001-turtle-syntax.ttl", "TZ013-missing-source.ttl", "TZ006-preflabel-clash.ttl");
        var linted = vocabulary.Load();

        var unlinted = VocabularyLoader.LoadDirectory(vocabulary.Directory, lint: false);

        linted.Diagnostics.Select(d => d.Rule.Id).Should().Contain(["TZ001", "TZ013", "TZ006"]);
        unlinted.Diagnostics.Should().Equal(linted.Diagnostics.Where(d => d.Rule == LintRules.Syntax));
        unlinted.Snapshot.Schemes.SelectMany(s => s.Concepts).Select(c => c.Iri)
            .Should().Equal(linted.Snapshot.Schemes.SelectMany(s => s.Concepts).Select(c => c.Iri));
        unlinted.Snapshot.Version.Should().Be(linted.Snapshot.Version);
    }

    [Fact]
    public void Run_EveryRule_HasABrokenFixture()
    {
        var fixtures = Directory.GetFiles(Path.Combine(FixtureVocabulary.FixtureRoot, "lint")).Select(Path.GetFileName).ToList();
        foreach (var rule in LintRules.All)
        {
            fixtures.Should().Contain($"{rule.Id}-{rule.Name}.ttl");
        }
    }

    [Fact]
    public void Run_ReplacementNoFileDefines_ErrorNamingDctIsReplacedBy()
    {
        using var vocabulary = new FixtureVocabulary("TZ002-undefined-replacement.ttl");
        var result = vocabulary.Load();
        var finding = result.Diagnostics.Single(d => d.Rule == LintRules.UndefinedReference);
        finding.Message.Should().Be("https://w3id.org/toekomstzorg/kern/bestaat-niet is used with dct:isReplacedBy but no file defines it.");
        finding.Location!.Column.Should().Be(32, "the finding points at the object, the undefined IRI");
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Run_SameUndefinedTargetTwiceAndADefinedOne_EachUndefinedUseReported()
    {
        // The linter keeps the verdict of the object it just checked (the triples come by object): the second use of an
        // undefined IRI is reported as well, and a defined object after it is not.
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("related.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            @prefix ggz: <https://w3id.org/toekomstzorg/ggz/> .
            kern:zorgcoordinatie skos:related ggz:bestaat-niet .
            ggz:huisarts skos:related ggz:bestaat-niet .
            ggz:huisarts skos:related kern:zorgcoordinatie .
            """);

        var findings = vocabulary.Load().Diagnostics.Where(d => d.Rule == LintRules.UndefinedReference).ToList();

        findings.Select(d => (d.Location!.File, d.Location.Line)).Should().BeEquivalentTo(
            [(vocabulary.PathOf("related.ttl"), 4), (vocabulary.PathOf("related.ttl"), 5)]);
        findings.Should().OnlyContain(d => d.Message.Contains("ggz/bestaat-niet"));
    }

    [Fact]
    public void Run_ReplacementDefined_NoUndefinedReference()
    {
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("replaced.ttl"), """
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:zorgcoordinator dct:isReplacedBy kern:zorgcoordinatie .
            """);
        vocabulary.Load().Diagnostics.Should().NotContain(d => d.Rule == LintRules.UndefinedReference);
    }

    [Fact]
    public void Run_BroaderCycle_NamesTheWholeCycle()
    {
        using var vocabulary = new FixtureVocabulary("TZ007-broader-cycle.ttl");
        var finding = vocabulary.Load().Diagnostics.Single(d => d.Rule == LintRules.BroaderCycle);
        finding.Message.Should().Contain("kern:zorgcoordinatie").And.Contain("kern:zorgcoordinator");
    }

    [Fact]
    public void Run_SameLabelNotEquivalent_WarnsOnlyAndNamesBoth()
    {
        using var vocabulary = new FixtureVocabulary("TZ014-possible-false-friend.ttl");
        var result = vocabulary.Load();
        var finding = result.Diagnostics.Single(d => d.Rule == LintRules.PossibleFalseFriend);
        finding.Message.Should().Contain("ggz:zorgplan").And.Contain("vaph:zorgplan").And.Contain("tz:falseFriendOf");
        result.HasErrors.Should().BeFalse("a possible false friend is a warning for a curator to confirm");
    }

    [Fact]
    public void Run_LargeLabelGroup_CountsAndNamesOnlyTheUnexcusedEarlierConceptsOfOtherSchemes()
    {
        // Eleven concepts share one label: ggz t1-t7, then vaph t1-t4 (the group's order: scheme key, then code).
        // ggz:t1 and vaph:t2 are declared false friends; ggz:t2 and vaph:t3 are mapped with a rationale. Each vaph
        // concept is reported with the ggz concepts before it less its excused one; concepts of its own scheme never count.
        using var vocabulary = new FixtureVocabulary();
        var turtle = new StringBuilder("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix tz:   <https://w3id.org/toekomstzorg/def#> .
            @prefix ggz:  <https://w3id.org/toekomstzorg/ggz/> .
            @prefix vaph: <https://w3id.org/toekomstzorg/vaph/> .

            """);
        foreach (var (scheme, count) in new[] { ("ggz", 7), ("vaph", 4) })
        {
            for (var n = 1; n <= count; n++)
            {
                turtle.AppendLine(CultureInfo.InvariantCulture, $"{scheme}:t{n} a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/{scheme}> ; skos:notation \"t{n}\" ; skos:prefLabel \"Gedeelde term\"@nl ; skos:definition \"Test.\"@nl ; dct:source \"test\" .");
            }
        }

        turtle.AppendLine("ggz:t1 tz:falseFriendOf vaph:t2 .");
        turtle.AppendLine("ggz:t2 skos:exactMatch vaph:t3 .");
        turtle.AppendLine("[] a owl:Axiom ; owl:annotatedSource ggz:t2 ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget vaph:t3 ; rdfs:comment \"Test.\"@nl .");
        File.WriteAllText(Path.Combine(vocabulary.Directory, "group.ttl"), turtle.ToString());

        var findings = vocabulary.Load().Diagnostics.Where(d => d.Rule == LintRules.PossibleFalseFriend).Select(d => d.Message).ToList();

        static string Named(params int[] ggz) => string.Join(", ", ggz.Select(n => $"ggz:t{n}: not mapped"));
        findings.Should().HaveCount(4);
        findings[0].Should().StartWith($"vaph:t1 shares the preferred label 'Gedeelde term' with 7 concepts of other schemes it is not equivalent to ({Named(1, 2, 3, 4, 5)}, …)");
        findings[1].Should().StartWith($"vaph:t2 shares the preferred label 'Gedeelde term' with 6 concepts of other schemes it is not equivalent to ({Named(2, 3, 4, 5, 6)}, …)");
        findings[2].Should().StartWith($"vaph:t3 shares the preferred label 'Gedeelde term' with 6 concepts of other schemes it is not equivalent to ({Named(1, 3, 4, 5, 6)}, …)");
        findings[3].Should().StartWith($"vaph:t4 shares the preferred label 'Gedeelde term' with 7 concepts of other schemes it is not equivalent to ({Named(1, 2, 3, 4, 5)}, …)");
    }

    [Fact]
    public void Run_DeclaredFalseFriendsWithSameLabel_NoWarning()
    {
        using var vocabulary = new FixtureVocabulary();
        vocabulary.Load().Diagnostics.Should().NotContain(d => d.Rule == LintRules.PossibleFalseFriend);
    }

    [Fact]
    public void ToString_ErrorFinding_FileLineColumnSeverityIdName()
    {
        using var vocabulary = new FixtureVocabulary("TZ004-two-preflabels-one-language.ttl");
        var finding = vocabulary.Load().Diagnostics.First(d => d.Rule == LintRules.DuplicatePrefLabel && d.Location!.File.EndsWith("TZ004-two-preflabels-one-language.ttl", StringComparison.Ordinal));
        finding.ToString().Should().StartWith($"{vocabulary.PathOf("TZ004-two-preflabels-one-language.ttl")}:10:").And.Contain(": error TZ004 two-preflabels-one-language: ");
    }

    [Fact]
    public void Message_WrittenOnFirstRead_EqualsTheSameFindingWrittenOut()
    {
        // The linter writes messages when they are read: such a finding is equal to one made with its text, and a copy
        // with another location keeps the text.
        using var vocabulary = new FixtureVocabulary("TZ013-missing-source.ttl");
        var finding = vocabulary.Load().Diagnostics.First(d => d.Rule == LintRules.MissingSource);
        var written = new LintDiagnostic(finding.Rule, finding.Message, finding.Location);

        finding.Message.Should().EndWith("has no dct:source: name the seed file or public source of its meaning.");
        finding.Should().Be(written);
        finding.GetHashCode().Should().Be(written.GetHashCode());
        var moved = finding with { Location = finding.Location! with { Line = 1 } };
        moved.Message.Should().Be(finding.Message);
        moved.Should().NotBe(finding);
        var (rule, message, location) = moved;
        (rule, message, location!.Line).Should().Be((LintRules.MissingSource, finding.Message, 1));
    }

    [Fact]
    public void Run_TopConceptDeclared_OnlyConceptsOutsideItsTreeWarned()
    {
        using var vocabulary = new FixtureVocabulary("TZ020-unreachable-from-top-concept.ttl");
        var result = vocabulary.Load();
        var unreachable = result.Diagnostics.Where(d => d.Rule == LintRules.UnreachableFromTopConcept).Select(d => d.Message.Split(' ')[0]).ToList();
        unreachable.Should().Contain(["kern:dubbeldiagnose", "kern:huisarts"]);
        unreachable.Should().NotContain(["kern:zorgcoordinatie", "kern:zorgcoordinator"], "the top concept and the concept below it are reached");
        unreachable.Should().NotContain(u => u.StartsWith("ggz:", StringComparison.Ordinal) || u.StartsWith("vaph:", StringComparison.Ordinal), "schemes that declare no top concept are flat lists");
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Run_NarrowerWithoutBroader_WarnsAtTheNarrowerTriple()
    {
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("narrower.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:huisarts skos:narrower kern:dubbeldiagnose .
            """);
        var finding = vocabulary.Load().Diagnostics.Single(d => d.Rule == LintRules.MissingInverse);
        finding.Message.Should().Be("kern:huisarts skos:narrower kern:dubbeldiagnose without kern:dubbeldiagnose skos:broader kern:huisarts: write both.");
        finding.Location!.File.Should().Be(vocabulary.PathOf("narrower.ttl"));
        finding.Location.Line.Should().Be(3);
        finding.Severity.Should().Be(LintSeverity.Warning);
    }

    [Fact]
    public void Run_BroaderWithNarrowerWritten_NoMissingInverse()
    {
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("both.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:huisarts skos:narrower kern:dubbeldiagnose .
            kern:dubbeldiagnose skos:broader kern:huisarts .
            """);
        vocabulary.Load().Diagnostics.Should().NotContain(d => d.Rule == LintRules.MissingInverse);
    }

    [Fact]
    public void Run_OneConceptSameLabelTwiceUpToCase_Warns()
    {
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("zoco.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:zorgcoordinatie skos:hiddenLabel "zoco"@nl .
            """);
        var finding = vocabulary.Load().Diagnostics.Single(d => d.Rule == LintRules.LabelEqualUpToCase);
        finding.Message.Should().Contain("kern:zorgcoordinatie").And.Contain("'Zoco'@nl").And.Contain("'zoco'@nl");
        finding.Location!.File.Should().Be(vocabulary.PathOf("zoco.ttl"));
    }

    [Fact]
    public void Run_PrefLabelClash_EachFindingAtItsOwnConceptsLabelInThatLanguage()
    {
        using var vocabulary = new FixtureVocabulary();
        WritePrefLabelClash(vocabulary);
        var findings = ClashPositions(vocabulary.Load().Diagnostics, vocabulary);

        findings.Should().BeEquivalentTo(PrefLabelClashAt);
    }

    [Fact]
    public void Run_GraphChangedAfterTheSnapshot_LabelFindingsStillAtTheirLabels()
    {
        // The snapshot remembers each label's triple among its concept's properties; once the graph has changed that view
        // is stale, and the linter finds the label in the graph instead (and does not throw).
        using var vocabulary = new FixtureVocabulary();
        WritePrefLabelClash(vocabulary);
        var loaded = vocabulary.Load();
        var graph = loaded.Snapshot.Graph;
        var labelIndex = loaded.Snapshot.FindByIri("https://w3id.org/toekomstzorg/kern/tweede")!.Labels.Single(l => l.Language == "nl").PropertyIndex;
        labelIndex.Should().BeGreaterThanOrEqualTo(0, "a label read from the graph knows its triple");

        graph.Add(new Iri("https://w3id.org/toekomstzorg/kern/tweede"), new Iri("http://www.w3.org/2004/02/skos/core#note"), new Literal("later"));
        var findings = ClashPositions(new VocabularyLinter(graph, loaded.Snapshot).Run(), vocabulary);

        findings.Should().BeEquivalentTo(PrefLabelClashAt);
    }

    [Fact]
    public void Run_LabelsOfOneConceptDifferingInDiacriticsOnly_NoWarning()
    {
        // The good fixture's zorgcoordinatie has the prefLabel "zorgcoördinatie" and the hiddenLabel "zorgcoordinatie".
        using var vocabulary = new FixtureVocabulary();
        vocabulary.Load().Diagnostics.Should().NotContain(d => d.Rule == LintRules.LabelEqualUpToCase);
    }

    [Fact]
    public void Run_HiddenLabelEqualsAnotherConceptsPrefLabelUpToDiacritics_Warns()
    {
        using var vocabulary = new FixtureVocabulary();
        File.WriteAllText(vocabulary.PathOf("clash.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:zorgcoordinator skos:hiddenLabel "Zorgcoordinatie"@nl .
            """);
        var finding = vocabulary.Load().Diagnostics.Single(d => d.Rule == LintRules.LabelEqualUpToCase);
        finding.Message.Should().Contain("kern:zorgcoordinator").And.Contain("kern:zorgcoordinatie");
    }

    [Fact]
    public void Run_MappingToReferenceSchemeWithoutRationale_WarnsTz015()
    {
        using var vocabulary = new FixtureVocabulary();
        Directory.CreateDirectory(Path.Combine(vocabulary.Directory, "reference"));
        File.WriteAllText(Path.Combine(vocabulary.Directory, "reference", "rollen.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/codes/rollen> a skos:ConceptScheme ; skos:notation "rollen" ; skos:prefLabel "Rollen"@nl .
            <https://example.org/codes/rollen/GP> a skos:Concept ; skos:inScheme <https://example.org/codes/rollen> ;
                skos:notation "GP" ; skos:prefLabel "huisarts"@nl .
            """);
        File.WriteAllText(vocabulary.PathOf("rollen-mapping.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:huisarts skos:exactMatch <https://example.org/codes/rollen/GP> .
            """);
        var result = vocabulary.Load();
        var finding = result.Diagnostics.Single(d => d.Rule == LintRules.MappingWithoutRationale);
        finding.Message.Should().Contain("kern:huisarts").And.Contain("rollen:GP");
        finding.Location!.File.Should().Be(vocabulary.PathOf("rollen-mapping.ttl"));
        finding.Location.Line.Should().Be(3);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(2_600)] // 5 200 concepts and over 20 000 findings: the label table and each group's sort on threads of their own
    public void Run_FindingsOfEveryRuleGroupInTwoFiles_OrderedByFileLineColumnAndRule(int conceptsPerFile)
    {
        // The per-concept rules (TZ012, TZ013), the rules across concepts (TZ021) and the label table (TZ006) find on
        // threads of their own, and each group's findings are sorted apart and then merged: the result must read as one
        // sorted list, with every finding.
        using var vocabulary = new FixtureVocabulary();
        foreach (var file in new[] { "b.ttl", "a.ttl" })
        {
            var concepts = Enumerable.Range(0, conceptsPerFile).Select(i => $"""
                kern:{file[0]}{i} a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ;
                    skos:prefLabel "gedeeld {i % 2}"@nl , "shared {file[0]}{i}"@en ; skos:broader kern:zorgcoordinatie .
                """);
            File.WriteAllText(vocabulary.PathOf(file), $"""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
                {string.Join("\n", concepts)}
                """);
        }

        var findings = vocabulary.Load().Diagnostics;

        findings.Select(d => d.Rule.Id).Distinct().Should().Contain(["TZ006", "TZ012", "TZ013", "TZ021"]);
        var places = findings.Select(d => (File: d.Location?.File ?? string.Empty, Line: d.Location?.Line ?? 0, Column: d.Location?.Column ?? 0, d.Rule.Id)).ToList();
        places.Should().BeInAscendingOrder(Comparer<(string File, int Line, int Column, string Id)>.Create((x, y) =>
        {
            var order = string.CompareOrdinal(x.File, y.File);
            order = order != 0 ? order : x.Line.CompareTo(y.Line);
            order = order != 0 ? order : x.Column.CompareTo(y.Column);
            return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
        }));
        places.Select(p => p.File).Should().Contain([vocabulary.PathOf("a.ttl"), vocabulary.PathOf("b.ttl")]);
        var written = findings.Where(d => d.Location?.File is { } f && (f == vocabulary.PathOf("a.ttl") || f == vocabulary.PathOf("b.ttl"))).ToList();
        written.Count(d => d.Rule.Id == "TZ013").Should().Be(2 * conceptsPerFile, "each new concept lacks a source");
        written.Count(d => d.Rule.Id == "TZ021").Should().Be(2 * conceptsPerFile, "each new concept has a broader without its narrower");
    }

    // Where the two clashing preferred labels of WritePrefLabelClash are written (line, column).
    private static readonly (int, int)[] PrefLabelClashAt = [(5, 9), (7, 43)];

    // Two concepts sharing the Dutch preferred label "coördinatie één". The same text in another language, and a label
    // differing only in a diacritic, come first: a finding belongs on the literal with the clashing text and language,
    // not on the first label of the property.
    private static void WritePrefLabelClash(FixtureVocabulary vocabulary) =>
        File.WriteAllText(vocabulary.PathOf("clash.ttl"), """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
            kern:eerste a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ;
                skos:prefLabel "coördinatie één"@en ,
                    "coördinatie één"@nl .
            kern:tweede a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ;
                skos:prefLabel "coordinatie één"@de , "coördinatie één"@nl .
            """);

    private static List<(int Line, int Column)> ClashPositions(IEnumerable<LintDiagnostic> diagnostics, FixtureVocabulary vocabulary) =>
        [.. diagnostics
            .Where(d => d.Rule == LintRules.PrefLabelClash && d.Location!.File == vocabulary.PathOf("clash.ttl"))
            .Select(d => (d.Location!.Line, d.Location.Column))];
}
