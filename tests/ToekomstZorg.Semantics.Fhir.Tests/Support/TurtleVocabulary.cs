namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>A small vocabulary in the Turtle layout of VOCAB-DESIGN.md, written into a <see cref="TemporaryVocabularyDirectory"/>.</summary>
internal sealed class TurtleVocabulary : IDisposable
{
    public const string Kern = """
        <https://w3id.org/toekomstzorg/kern> a skos:ConceptScheme ; skos:notation "kern" ;
            skos:prefLabel "Het gedeelde kader"@nl , "The shared framework"@en ; skos:definition "Kern."@nl ;
            dct:modified "2026-11-21"^^xsd:date .
        kern:dubbeldiagnose a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "dubbeldiagnose" ;
            skos:prefLabel "dubbeldiagnose"@nl , "dual diagnosis"@en ; skos:definition "Twee aandoeningen samen."@nl .
        kern:zorgcoordinatie a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "zorgcoordinatie" ;
            skos:prefLabel "zorgcoördinatie"@nl , "care coordination"@en ; skos:altLabel "Zoco"@nl ; skos:definition "Afstemming van zorg."@nl .
        kern:overleg a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/kern> ; skos:notation "overleg" ;
            skos:prefLabel "overleg"@nl , "meeting"@en ; skos:definition "Overleg."@nl ; skos:broader kern:zorgcoordinatie .
        """;

    public const string Ggz = """
        <https://w3id.org/toekomstzorg/ggz> a skos:ConceptScheme ; skos:notation "ggz" ;
            skos:prefLabel "GGZ"@nl , "Mental health care"@en ; skos:definition "GGZ."@nl ; dct:modified "2026-11-22"^^xsd:date .
        ggz:dubbeldiagnose a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/ggz> ; skos:notation "dubbeldiagnose" ;
            skos:prefLabel "dubbeldiagnose"@nl , "dual diagnosis (substance use)"@en ; skos:definition "Verslaving met psychiatrie."@nl .
        ggz:zorgcoordinatie a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/ggz> ; skos:notation "zorgcoordinatie" ;
            skos:prefLabel "zorgcoördinatie"@nl , "care coordination"@en ; skos:definition "Zoco in de GGZ."@nl .
        ggz:mdo a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/ggz> ; skos:notation "mdo" ;
            skos:prefLabel "MDO"@nl , "MDT meeting"@en ; skos:definition "Multidisciplinair overleg."@nl ; owl:deprecated true .
        """;

    public const string Vaph = """
        <https://w3id.org/toekomstzorg/vaph> a skos:ConceptScheme ; skos:notation "vaph" ;
            skos:prefLabel "VAPH"@nl , "Disability support"@en ; skos:definition "VAPH."@nl .
        vaph:dubbeldiagnose a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ; skos:notation "dubbeldiagnose" ;
            skos:prefLabel "dubbeldiagnose"@nl , "dual diagnosis (disability)"@en ; skos:definition "Beperking met psychiatrie."@nl .
        vaph:zorgcoordinatie a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ; skos:notation "zorgcoordinatie" ;
            skos:prefLabel "zorgcoördinatie"@nl , "care coordination"@en ; skos:definition "Zoco in het VAPH."@nl .
        vaph:begeleiding a skos:Concept ; skos:inScheme <https://w3id.org/toekomstzorg/vaph> ; skos:notation "begeleiding" ;
            skos:prefLabel "begeleiding"@nl , "support"@en ; skos:definition "Begeleiding."@nl .
        """;

    public const string Mappings = """
        ggz:dubbeldiagnose skos:broadMatch kern:dubbeldiagnose .
        [] a owl:Axiom ; owl:annotatedSource ggz:dubbeldiagnose ; owl:annotatedProperty skos:broadMatch ; owl:annotatedTarget kern:dubbeldiagnose ;
           rdfs:comment "GGZ bedoelt verslaving samen met een psychiatrische stoornis."@nl ; dct:source <https://www.upcduffel.be/dubbeldiagnose1> .
        vaph:dubbeldiagnose skos:broadMatch kern:dubbeldiagnose .
        [] a owl:Axiom ; owl:annotatedSource vaph:dubbeldiagnose ; owl:annotatedProperty skos:broadMatch ; owl:annotatedTarget kern:dubbeldiagnose ;
           rdfs:comment "VAPH bedoelt een beperking samen met een psychiatrische stoornis."@nl .
        ggz:zorgcoordinatie skos:exactMatch kern:zorgcoordinatie .
        [] a owl:Axiom ; owl:annotatedSource ggz:zorgcoordinatie ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget kern:zorgcoordinatie ;
           rdfs:comment "Zelfde betekenis."@nl .
        vaph:zorgcoordinatie skos:exactMatch kern:zorgcoordinatie .
        [] a owl:Axiom ; owl:annotatedSource vaph:zorgcoordinatie ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget kern:zorgcoordinatie ;
           rdfs:comment "Zelfde betekenis."@nl .
        ggz:mdo skos:narrowMatch kern:overleg .
        [] a owl:Axiom ; owl:annotatedSource ggz:mdo ; owl:annotatedProperty skos:narrowMatch ; owl:annotatedTarget kern:overleg ;
           rdfs:comment "Een MDO is een bijzonder overleg."@nl .
        vaph:begeleiding skos:relatedMatch kern:zorgcoordinatie .
        [] a owl:Axiom ; owl:annotatedSource vaph:begeleiding ; owl:annotatedProperty skos:relatedMatch ; owl:annotatedTarget kern:zorgcoordinatie ;
           rdfs:comment "Begeleiding omvat soms coördinatie."@nl .
        """;

    public const string FalseFriends = """
        vaph:dubbeldiagnose tz:falseFriendOf ggz:dubbeldiagnose .
        [] a owl:Axiom ; owl:annotatedSource vaph:dubbeldiagnose ; owl:annotatedProperty tz:falseFriendOf ; owl:annotatedTarget ggz:dubbeldiagnose ;
           rdfs:comment "VAPH: beperking + psychiatrie; GGZ: verslaving + psychiatrie."@nl .
        """;

    private readonly TemporaryVocabularyDirectory _files = new("tz-vocab-");

    public TurtleVocabulary()
    {
        _files.Write("kern.ttl", Kern);
        _files.Write("ggz.ttl", Ggz);
        _files.Write("vaph.ttl", Vaph);
        _files.Write("mappings/ggz-kern.ttl", Mappings);
        _files.Write("mappings/false-friends.ttl", FalseFriends);
    }

    public string Directory => _files.Path;

    /// <summary>Writes another file of the vocabulary (the prefixes are added).</summary>
    public void Write(string name, string turtle) => _files.Write(name, turtle);

    public void Dispose() => _files.Dispose();
}
