using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.TestSupport;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.Cli.Tests.Commands;

public sealed class FhirCommandTests : IDisposable
{
    private const string Prefixes = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix owl:  <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix kern: <https://w3id.org/toekomstzorg/kern/> .
        @prefix ggz:  <https://w3id.org/toekomstzorg/ggz/> .

        """;

    private const string CarePlan = """
        {"resourceType":"CarePlan","status":"active","intent":"plan","subject":{"reference":"Patient/1"},
         "note":[{"text":"Jan Peeters"}],
         "category":[{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"dubbeldiagnose"}]}],
         "activity":[{"detail":{"status":"scheduled","code":{"coding":[{"system":"http://snomed.info/sct","code":"1"}]}}}]}
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tzsem-fhir-");

    public FhirCommandTests()
    {
        WriteFile("vocab/kern.ttl", Prefixes + """
            <https://w3id.org/toekomstzorg/kern> a skos:ConceptScheme ; skos:notation "kern" ; skos:prefLabel "Kern"@nl .
            kern:dubbeldiagnose a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "dubbeldiagnose" ;
                skos:prefLabel "dubbeldiagnose (kern)"@nl , "dual diagnosis"@en ; skos:definition "Twee aandoeningen."@nl .
            """);
        WriteFile("vocab/ggz.ttl", Prefixes + """
            <https://w3id.org/toekomstzorg/ggz> a skos:ConceptScheme ; skos:notation "ggz" ; skos:prefLabel "GGZ"@nl .
            ggz:dubbeldiagnose a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/ggz> ; skos:notation "dubbeldiagnose" ;
                skos:prefLabel "dubbeldiagnose"@nl , "dual diagnosis (substance use)"@en ; skos:definition "Verslaving en psychiatrie."@nl .
            """);
        WriteFile("vocab/mappings/ggz-kern.ttl", Prefixes + """
            ggz:dubbeldiagnose skos:broadMatch kern:dubbeldiagnose .
            [] a owl:Axiom ; owl:annotatedSource ggz:dubbeldiagnose ; owl:annotatedProperty skos:broadMatch ; owl:annotatedTarget kern:dubbeldiagnose ;
               rdfs:comment "GGZ bedoelt verslaving."@nl .
            """);
    }

    private string Vocab => Path.Combine(_dir.FullName, "vocab");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void TranslateFhir_File_TranslatedResourceOnStdoutSummaryOnStderrExit0()
    {
        var file = WriteFile("careplan.json", CarePlan);

        var (exit, stdout, stderr) = Tzsem("translate-fhir", file, "--to", "kern", "--vocab", Vocab);

        exit.Should().Be(0);
        var codings = JsonNode.Parse(stdout)!["category"]![0]!["coding"]!.AsArray();
        codings.Select(c => c!["code"]!.GetValue<string>()).Should().Equal("dubbeldiagnose", "dubbeldiagnose");
        codings[1]!["system"]!.GetValue<string>().Should().Be("https://w3id.org/toekomstzorg/kern");
        stderr.Should().Contain("1 translated (1 lossy").And.Contain("CarePlan.category[0].coding[0]").And.Contain("wider");
        stderr.Should().NotContain("Peeters");
    }

    [Fact]
    public void TranslateFhir_StdinReplaceWithOutcomeFile_WritesOperationOutcome()
    {
        var outcome = Path.Combine(_dir.FullName, "outcome.json");

        var (exit, stdout, stderr) = Tzsem(["translate-fhir", "-", "--to", "https://w3id.org/toekomstzorg/kern", "--mode", "replace", "--outcome", outcome, "--vocab", Vocab], CarePlan);

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        var coding = JsonNode.Parse(stdout)!["category"]![0]!["coding"]![0]!;
        coding["extension"]![0]!["valueCoding"]!["system"]!.GetValue<string>().Should().Be("https://w3id.org/toekomstzorg/ggz");
        var issues = JsonNode.Parse(File.ReadAllText(outcome))!["issue"]!.AsArray();
        JsonNode.Parse(File.ReadAllText(outcome))!["resourceType"]!.GetValue<string>().Should().Be("OperationOutcome");
        issues.Select(i => i!["expression"]![0]!.GetValue<string>()).Should().Contain("CarePlan.category[0].coding[0]");
    }

    [Fact]
    public void TranslateFhir_CareTeamToReferenceScheme_CodingWithTheReferenceSchemeIriAndCode()
    {
        // A reference scheme (vocab/reference/) keyed by skos:notation with a code as it is, mapped from kern; a GGZ role
        // reaches it through kern as it would any other target.
        const string HcParty = "https://www.ehealth.fgov.be/standards/fhir/core/CodeSystem/cd-hcparty";
        WriteFile("vocab/reference/cd-hcparty.ttl", Prefixes + $$"""
            <{{HcParty}}> a skos:ConceptScheme ; skos:notation "cd-hcparty" ; skos:prefLabel "CD-HCPARTY"@fr .
            <urn:test:hcparty:gp> a skos:Concept ; skos:inScheme <{{HcParty}}> ; skos:notation "persphysician.GP" ;
                skos:prefLabel "médecin généraliste"@fr , "huisarts"@nl .
            """);
        WriteFile("vocab/kern-huisarts.ttl", Prefixes + """
            kern:huisarts a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "huisarts" ;
                skos:prefLabel "huisarts (kern)"@nl ; skos:definition "Arts voor de eerste lijn."@nl .
            ggz:huisarts a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/ggz> ; skos:notation "huisarts" ;
                skos:prefLabel "huisarts (ggz)"@nl ; skos:definition "De huisarts van de cliënt."@nl .
            """);
        WriteFile("vocab/mappings/reference.ttl", Prefixes + """
            ggz:huisarts skos:exactMatch kern:huisarts .
            [] a owl:Axiom ; owl:annotatedSource ggz:huisarts ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget kern:huisarts ;
               rdfs:comment "Dezelfde rol."@nl .
            kern:huisarts skos:exactMatch <urn:test:hcparty:gp> .
            [] a owl:Axiom ; owl:annotatedSource kern:huisarts ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget <urn:test:hcparty:gp> ;
               rdfs:comment "CD-HCPARTY persphysician.GP."@nl .
            """);
        var file = WriteFile("careteam.json", """
            {"resourceType":"CareTeam","status":"active",
             "participant":[{"role":[{"coding":[{"system":"https://w3id.org/toekomstzorg/ggz","code":"huisarts"}]}]}]}
            """);

        var (exit, stdout, stderr) = Tzsem("translate-fhir", file, "--to", "cd-hcparty", "--vocab", Vocab);
        var (translateExit, translated, _) = Tzsem("translate", "ggz", "huisarts", "--to", "cd-hcparty", "--vocab", Vocab);

        exit.Should().Be(0, stderr);
        var codings = JsonNode.Parse(stdout)!["participant"]![0]!["role"]![0]!["coding"]!.AsArray();
        codings.Should().HaveCount(2);
        codings[1]!["system"]!.GetValue<string>().Should().Be(HcParty);
        codings[1]!["code"]!.GetValue<string>().Should().Be("persphysician.GP");
        translateExit.Should().Be(0);
        translated.Should().Contain("persphysician.GP").And.Contain("equivalent");
    }

    [Fact]
    public void TranslateFhir_InvalidJson_Exit1WithPositionAndNoContent()
    {
        var file = WriteFile("bad.json", "{\"resourceType\":\"CarePlan\",\n\"note\":\"Jan Peeters\" \"x\"}");

        var (exit, stdout, stderr) = Tzsem("translate-fhir", file, "--to", "kern", "--vocab", Vocab);

        exit.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith(file + ":2:").And.NotContain("Peeters").And.NotContain("Exception");
    }

    [Fact]
    public void TranslateFhir_WrongResourceType_Exit1NamingIt()
    {
        var (exit, _, stderr) = Tzsem(["translate-fhir", "-", "--to", "kern", "--vocab", Vocab], """{"resourceType":"Patient"}""");

        exit.Should().Be(1);
        stderr.Should().Contain("'Patient'");
    }

    [Theory]
    [InlineData("translate-fhir", "x.json", "--to", "tandzorg")]
    [InlineData("translate-fhir", "x.json")]
    [InlineData("translate-fhir", "x.json", "--to", "kern", "--mode", "merge")]
    public void TranslateFhir_UsageErrors_Exit2(params string[] args)
    {
        WriteFile("x.json", CarePlan);
        var withVocab = args.Select(a => a == "x.json" ? Path.Combine(_dir.FullName, a) : a).Concat(["--vocab", Vocab]).ToArray();

        var (exit, _, _) = Tzsem(withVocab);

        exit.Should().Be(2);
    }

    [Fact]
    public void TranslateFhir_MissingVocabularyDirectory_Exit1()
    {
        var (exit, _, stderr) = Tzsem(["translate-fhir", "-", "--to", "kern", "--vocab", Path.Combine(_dir.FullName, "nope")], CarePlan);

        exit.Should().Be(1);
        stderr.Should().Contain("nope");
    }

    [Fact]
    public void ExportFhir_Out_WritesCodeSystemsValueSetsConceptMapsAndBundle()
    {
        var outDir = Path.Combine(_dir.FullName, "fhir");

        var (exit, _, stderr) = Tzsem("export", "fhir", "--out", outDir, "--vocab", Vocab);

        exit.Should().Be(0, stderr);
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo(
            "CodeSystem-ggz.json", "CodeSystem-kern.json", "ValueSet-ggz.json", "ValueSet-kern.json", "ConceptMap-ggz-kern.json",
            "StructureDefinition-original-coding.json", "Bundle-toekomstzorg-terminology.json");
        var map = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "ConceptMap-ggz-kern.json")))!;
        map["group"]![0]!["element"]![0]!["target"]![0]!["equivalence"]!.GetValue<string>().Should().Be("wider");
    }

    [Fact]
    public void ExportFhir_FormatXml_WritesFhirXmlFiles()
    {
        var outDir = Path.Combine(_dir.FullName, "fhir-xml");

        var (exit, _, stderr) = Tzsem("export", "fhir", "--out", outDir, "--vocab", Vocab, "--format", "xml");

        exit.Should().Be(0, stderr);
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().Contain(["ConceptMap-ggz-kern.xml", "Bundle-toekomstzorg-terminology.xml"])
            .And.OnlyContain(name => name!.EndsWith(".xml", StringComparison.Ordinal));
        var map = System.Xml.Linq.XDocument.Load(Path.Combine(outDir, "ConceptMap-ggz-kern.xml"));
        System.Xml.Linq.XNamespace fhir = "http://hl7.org/fhir";
        map.Root!.Name.Should().Be(fhir + "ConceptMap");
        map.Descendants(fhir + "equivalence").First().Attribute("value")!.Value.Should().Be("wider");
        foreach (var file in Directory.GetFiles(outDir))
        {
            FirelyValidator.ParseXml(File.ReadAllBytes(file)).ShouldBeValidByFirely();
        }
    }

    [Fact]
    public void ExportFhir_UnknownFormat_FailsNamingTheChoices()
    {
        var (exit, _, stderr) = Tzsem("export", "fhir", "--out", Path.Combine(_dir.FullName, "x"), "--vocab", Vocab, "--format", "turtle");

        exit.Should().NotBe(0);
        stderr.Should().Contain("turtle");
    }

    [Fact]
    public void ExportSssom_Stdout_TsvWithHeaderAndOneRow()
    {
        var (exit, stdout, _) = Tzsem("export", "sssom", "--vocab", Vocab);

        exit.Should().Be(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("# curie_map:");
        var rows = lines.SkipWhile(l => l.StartsWith('#')).ToArray();
        rows[0].Should().StartWith("subject_id\t");
        rows.Should().HaveCount(2);
        rows[1].Should().StartWith("ggz:dubbeldiagnose\tdubbeldiagnose\tskos:broadMatch\t\tkern:dubbeldiagnose\t").And.Contain("GGZ bedoelt verslaving.");
    }

    [Fact]
    public void ExportSssom_OutFile_WritesTheSameTsv()
    {
        var file = Path.Combine(_dir.FullName, "mappings.sssom.tsv");

        var (exit, stdout, _) = Tzsem("export", "sssom", "--out", file, "--vocab", Vocab);

        exit.Should().Be(0);
        stdout.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(Tzsem("export", "sssom", "--vocab", Vocab).Stdout);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
