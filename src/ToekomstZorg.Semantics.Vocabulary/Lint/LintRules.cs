namespace ToekomstZorg.Semantics.Vocabulary.Lint;

/// <summary>Every rule <c>tzsem lint</c> checks. Ids never change meaning; retired ids are not reused.</summary>
public static class LintRules
{
    /// <summary>TZ001: the file is not valid Turtle.</summary>
    public static readonly LintRule Syntax = new("TZ001", "turtle-syntax", LintSeverity.Error, "The file is not valid Turtle 1.1.");

    /// <summary>
    /// TZ002: a reference to a concept or scheme of this vocabulary that is not defined (through skos:inScheme,
    /// skos:topConceptOf, the hierarchy, the mappings, tz:falseFriendOf or dct:isReplacedBy).
    /// </summary>
    public static readonly LintRule UndefinedReference = new("TZ002", "undefined-reference", LintSeverity.Error, "A triple refers to a concept or scheme IRI that no file defines.");

    /// <summary>TZ003: no Dutch preferred label.</summary>
    public static readonly LintRule MissingDutchPrefLabel = new("TZ003", "missing-nl-preflabel", LintSeverity.Error, "Every concept and scheme has a skos:prefLabel in nl.");

    /// <summary>TZ004: two preferred labels in one language.</summary>
    public static readonly LintRule DuplicatePrefLabel = new("TZ004", "two-preflabels-one-language", LintSeverity.Error, "SKOS S14: at most one skos:prefLabel per language.");

    /// <summary>TZ005: a label both preferred and alternative (or hidden).</summary>
    public static readonly LintRule PrefAndAltLabel = new("TZ005", "pref-and-alt-label", LintSeverity.Error, "SKOS S13: prefLabel, altLabel and hiddenLabel are pairwise disjoint.");

    /// <summary>TZ006: two concepts of one scheme with the same preferred label.</summary>
    public static readonly LintRule PrefLabelClash = new("TZ006", "preflabel-clash", LintSeverity.Error, "Within a scheme no two concepts share a preferred label in one language.");

    /// <summary>TZ007: a cycle of skos:broader.</summary>
    public static readonly LintRule BroaderCycle = new("TZ007", "broader-cycle", LintSeverity.Error, "skos:broader must not lead back to the concept.");

    /// <summary>TZ008: a concept in no (declared) scheme.</summary>
    public static readonly LintRule ConceptInNoScheme = new("TZ008", "concept-in-no-scheme", LintSeverity.Error, "Every skos:Concept has skos:inScheme a declared skos:ConceptScheme.");

    /// <summary>TZ009: a sector concept that is not mapped to the core.</summary>
    public static readonly LintRule UnmappedSectorConcept = new("TZ009", "sector-concept-not-mapped-to-kern", LintSeverity.Error, "Every sector concept has at least one SKOS mapping to a kern concept.");

    /// <summary>TZ010: exactMatch together with broad/narrow/relatedMatch on one pair.</summary>
    public static readonly LintRule ContradictoryMappings = new("TZ010", "exact-and-other-match", LintSeverity.Error, "A pair that is exactMatch cannot also be broad-, narrow- or relatedMatch.");

    /// <summary>TZ011: a mapping to a deprecated concept.</summary>
    public static readonly LintRule MappingToDeprecated = new("TZ011", "mapping-to-deprecated", LintSeverity.Warning, "Map to the concept that replaces a deprecated one.");

    /// <summary>TZ012: no Dutch definition.</summary>
    public static readonly LintRule MissingDefinition = new("TZ012", "missing-definition", LintSeverity.Error, "Every concept has a skos:definition in nl.");

    /// <summary>TZ013: no source.</summary>
    public static readonly LintRule MissingSource = new("TZ013", "missing-source", LintSeverity.Error, "Every concept names where its meaning comes from with dct:source.");

    /// <summary>TZ014: same label in two schemes, not equivalent and not declared a false friend.</summary>
    public static readonly LintRule PossibleFalseFriend = new("TZ014", "possible-false-friend", LintSeverity.Warning, "Same preferred label in two schemes without an equivalent mapping: declare tz:falseFriendOf or map with skos:exactMatch.");

    /// <summary>TZ015: a mapping without its rationale annotation.</summary>
    public static readonly LintRule MappingWithoutRationale = new("TZ015", "mapping-without-rationale", LintSeverity.Warning, "Every mapping carries an owl:Axiom annotation with an rdfs:comment rationale.");

    /// <summary>TZ016: no English preferred label.</summary>
    public static readonly LintRule MissingEnglishPrefLabel = new("TZ016", "missing-en-preflabel", LintSeverity.Warning, "Every concept has a skos:prefLabel in en.");

    /// <summary>TZ017: a code that FHIR and gRPC callers cannot use as is.</summary>
    public static readonly LintRule InvalidCode = new("TZ017", "invalid-code", LintSeverity.Error, "skos:notation: lower-case letters, digits and hyphens, starting with a letter; unique within the scheme.");

    /// <summary>TZ018: a reference scheme without a key of its own.</summary>
    public static readonly LintRule ReferenceSchemeKey = new("TZ018", "reference-scheme-key", LintSeverity.Error, "A reference scheme (vocab/reference/) has a skos:notation, unique among the schemes: its key.");

    /// <summary>TZ019: a reference concept without a code, or with the code of another concept of its scheme.</summary>
    public static readonly LintRule ReferenceCode = new("TZ019", "reference-code", LintSeverity.Error, "A reference concept has a code (its skos:notation, or its IRI under the scheme's tz:codeNamespace), unique within its scheme.");

    /// <summary>TZ020: a house concept that no top concept of its scheme reaches through skos:narrower.</summary>
    public static readonly LintRule UnreachableFromTopConcept = new("TZ020", "unreachable-from-top-concept", LintSeverity.Warning, "In a house scheme that declares top concepts, every concept is a top concept or lies below one (skos:broader/skos:narrower).");

    /// <summary>TZ021: skos:broader written without the inverse skos:narrower, or the reverse.</summary>
    public static readonly LintRule MissingInverse = new("TZ021", "broader-without-narrower", LintSeverity.Warning, "Between house concepts every skos:broader has its skos:narrower written, and every skos:narrower its skos:broader.");

    /// <summary>TZ022: labels equal up to case (and diacritics) within a scheme or within a concept.</summary>
    public static readonly LintRule LabelEqualUpToCase = new("TZ022", "label-equal-up-to-case", LintSeverity.Warning, "Within a house scheme no two concepts share a label (pref, alt or hidden) up to case, diacritics and punctuation; within a concept no two labels differ only in case.");

    /// <summary>All rules, by id.</summary>
    public static IReadOnlyList<LintRule> All { get; } =
    [
        Syntax, UndefinedReference, MissingDutchPrefLabel, DuplicatePrefLabel, PrefAndAltLabel, PrefLabelClash, BroaderCycle,
        ConceptInNoScheme, UnmappedSectorConcept, ContradictoryMappings, MappingToDeprecated, MissingDefinition, MissingSource,
        PossibleFalseFriend, MappingWithoutRationale, MissingEnglishPrefLabel, InvalidCode, ReferenceSchemeKey, ReferenceCode,
        UnreachableFromTopConcept, MissingInverse, LabelEqualUpToCase,
    ];
}
