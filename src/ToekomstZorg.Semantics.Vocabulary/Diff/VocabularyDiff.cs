using ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>
/// What changed from one vocabulary version to the next, by meaning rather than by line: schemes and concepts added
/// and removed, concepts deprecated (with their replacements), label, definition, note, source and hierarchy changes
/// per language and label kind, mappings added, removed and changed, false friends added and removed, and the impact:
/// every translation between schemes whose outcome changes. Immutable; every list is sorted (ordinal, by scheme and
/// code), so two runs on the same versions give the same diff. It holds only strings, never either snapshot.
/// </summary>
public sealed class VocabularyDiff
{
    internal VocabularyDiff(
        string oldVersion,
        string newVersion,
        IReadOnlyList<string> schemesAdded,
        IReadOnlyList<string> schemesRemoved,
        ConceptChanges concepts,
        MappingChanges mappings,
        IReadOnlyList<TranslationImpact> impact,
        int translationsCompared)
    {
        OldVersion = oldVersion;
        NewVersion = newVersion;
        SchemesAdded = schemesAdded;
        SchemesRemoved = schemesRemoved;
        ConceptsAdded = concepts.Added;
        ConceptsRemoved = concepts.Removed;
        ConceptsDeprecated = concepts.Deprecated;
        ConceptsReinstated = concepts.Reinstated;
        ConceptChanges = concepts.Fields;
        MappingsAdded = mappings.Added;
        MappingsRemoved = mappings.Removed;
        MappingsChanged = mappings.Changed;
        FalseFriendsAdded = mappings.FalseFriendsAdded;
        FalseFriendsRemoved = mappings.FalseFriendsRemoved;
        Impact = impact;
        TranslationsCompared = translationsCompared;
        var affected = new HashSet<(string, string)>();
        foreach (var item in impact)
        {
            affected.Add((item.Source.Iri, item.TargetScheme));
        }

        ImpactedTranslations = affected.Count;
    }

    /// <summary>The version compared from.</summary>
    public string OldVersion { get; }

    /// <summary>The version compared to.</summary>
    public string NewVersion { get; }

    /// <summary>Keys of the schemes only the new version has.</summary>
    public IReadOnlyList<string> SchemesAdded { get; }

    /// <summary>Keys of the schemes only the old version has.</summary>
    public IReadOnlyList<string> SchemesRemoved { get; }

    /// <summary>Concepts (by IRI) only the new version has.</summary>
    public IReadOnlyList<DiffConcept> ConceptsAdded { get; }

    /// <summary>Concepts (by IRI) only the old version has.</summary>
    public IReadOnlyList<DiffConcept> ConceptsRemoved { get; }

    /// <summary>Concepts in both versions that became <c>owl:deprecated</c>, with their replacements.</summary>
    public IReadOnlyList<ConceptDeprecation> ConceptsDeprecated { get; }

    /// <summary>Concepts in both versions that are no longer deprecated.</summary>
    public IReadOnlyList<DiffConcept> ConceptsReinstated { get; }

    /// <summary>Label, definition, note, source, broader and code changes of concepts in both versions.</summary>
    public IReadOnlyList<ConceptFieldChange> ConceptChanges { get; }

    /// <summary>Mappings only the new version has.</summary>
    public IReadOnlyList<DiffMapping> MappingsAdded { get; }

    /// <summary>Mappings only the old version has.</summary>
    public IReadOnlyList<DiffMapping> MappingsRemoved { get; }

    /// <summary>Mappings between the same two concepts whose relation or rationale changed.</summary>
    public IReadOnlyList<MappingChange> MappingsChanged { get; }

    /// <summary>False-friend pairs only the new version declares.</summary>
    public IReadOnlyList<DiffFalseFriend> FalseFriendsAdded { get; }

    /// <summary>False-friend pairs only the old version declares.</summary>
    public IReadOnlyList<DiffFalseFriend> FalseFriendsRemoved { get; }

    /// <summary>
    /// Every target of a translation (concept into another scheme) whose outcome changed: gained, lost, another
    /// equivalence, or a false-friend warning that appeared or went; sorted by source, target scheme and target.
    /// </summary>
    public IReadOnlyList<TranslationImpact> Impact { get; }

    /// <summary>How many translations (source concept, target scheme) have at least one item in <see cref="Impact"/>.</summary>
    public int ImpactedTranslations { get; }

    /// <summary>How many translations (source concept, target scheme) were recomputed in both versions and compared: those whose outcome could have changed.</summary>
    public int TranslationsCompared { get; }

    /// <summary>Whether any translation outcome changed (the <c>--fail-on impact</c> condition).</summary>
    public bool HasImpact => Impact.Count > 0;

    /// <summary>Whether nothing the diff looks at changed (the versions may still differ in bytes, e.g. comments).</summary>
    public bool IsEmpty =>
        SchemesAdded.Count == 0 && SchemesRemoved.Count == 0 && ConceptsAdded.Count == 0 && ConceptsRemoved.Count == 0
        && ConceptsDeprecated.Count == 0 && ConceptsReinstated.Count == 0 && ConceptChanges.Count == 0
        && MappingsAdded.Count == 0 && MappingsRemoved.Count == 0 && MappingsChanged.Count == 0
        && FalseFriendsAdded.Count == 0 && FalseFriendsRemoved.Count == 0 && Impact.Count == 0;

    /// <summary>
    /// Compares two versions. The impact is computed with each snapshot's own
    /// <see cref="VocabularySnapshot.Translate(Model.Concept, Model.ConceptScheme)"/> for every (concept, target scheme)
    /// pair whose outcome could differ: every target scheme of every concept within two mapping hops (in either
    /// version) of a concept that was added, removed, or changed its labels, scheme, deprecation, mappings or false
    /// friends. Spread over the processor cores.
    /// </summary>
    public static VocabularyDiff Compute(VocabularySnapshot oldVersion, VocabularySnapshot newVersion, CancellationToken cancellationToken = default) =>
        Compute(oldVersion, newVersion, fullImpact: false, cancellationToken);

    /// <summary>As <see cref="Compute(VocabularySnapshot, VocabularySnapshot, CancellationToken)"/>; with <paramref name="fullImpact"/> every pair of either version is translated (the reference the scoped impact is tested against).</summary>
    internal static VocabularyDiff Compute(VocabularySnapshot oldVersion, VocabularySnapshot newVersion, bool fullImpact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oldVersion);
        ArgumentNullException.ThrowIfNull(newVersion);
        var oldKeys = oldVersion.Schemes.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var newKeys = newVersion.Schemes.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var schemesAdded = newKeys.Except(oldKeys).Order(StringComparer.Ordinal).ToArray();
        var schemesRemoved = oldKeys.Except(newKeys).Order(StringComparer.Ordinal).ToArray();
        // Three independent comparisons of two immutable snapshots: run side by side (the impact is the longest).
        ConceptChanges? concepts = null;
        MappingChanges? mappings = null;
        IReadOnlyList<TranslationImpact> impact = [];
        var compared = 0;
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (impact, compared) = ImpactCalculator.Compute(oldVersion, newVersion, fullImpact, cancellationToken),
            () => concepts = ConceptComparer.Compare(oldVersion, newVersion),
            () => mappings = MappingComparer.Compare(oldVersion, newVersion));
        return new VocabularyDiff(oldVersion.Version, newVersion.Version, schemesAdded, schemesRemoved, concepts!, mappings!, impact, compared);
    }
}
