using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Vocabulary.Loading.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary;

/// <summary>
/// One immutable version of the whole vocabulary: schemes, concepts, labels, hierarchy, mappings with rationale and
/// false friends, indexed for lookup, translation and search. Safe to share between threads; a reload builds a new one.
/// </summary>
public sealed partial class VocabularySnapshot
{
    private readonly Dictionary<string, ConceptScheme> _schemes = new(StringComparer.Ordinal);
    private readonly Dictionary<(ConceptScheme, string), Concept> _byCode;
    private readonly IReadOnlyDictionary<string, Concept> _byIri;
    private readonly Dictionary<Concept, List<FalseFriendPair>> _falseFriendsOf = new(); // each pair under both concepts
    private readonly Lazy<SearchIndex> _search;

    private VocabularySnapshot(
        string version, string coreSchemeKey, List<ConceptScheme> schemes, List<ConceptMapping> mappings,
        List<FalseFriendPair> falseFriends, IReadOnlyDictionary<string, Concept> byIri, Dictionary<(ConceptScheme, string), Concept> byCode)
    {
        Version = version;
        CoreSchemeKey = coreSchemeKey;
        Schemes = schemes;
        Mappings = mappings;
        FalseFriends = falseFriends;
        _byIri = byIri;
        _byCode = byCode;
        foreach (var scheme in schemes)
        {
            _schemes[scheme.Key] = scheme;
            _schemes[scheme.Iri] = scheme;
        }

        foreach (var pair in falseFriends)
        {
            Add(pair.First, pair);
            Add(pair.Second, pair);
        }

        // Built on first use, or at once by the loader for a snapshot that will be searched (the server's): a diff, a
        // lint or a site export never searches and does not pay for it.
        _search = new Lazy<SearchIndex>(() => new SearchIndex(schemes), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Builds the search index now if it is not built yet, so that no search call pays for it.</summary>
    internal void EnsureSearchIndex() => _ = _search.Value;

    /// <summary>The version: newest <c>dct:modified</c> and a short hash of the files' content.</summary>
    public string Version { get; }

    /// <summary>The key of the shared core scheme (<c>kern</c>).</summary>
    public string CoreSchemeKey { get; }

    /// <summary>The schemes, ordered by key.</summary>
    public IReadOnlyList<ConceptScheme> Schemes { get; }

    /// <summary>Every mapping as written (subject to object).</summary>
    public IReadOnlyList<ConceptMapping> Mappings { get; }

    /// <summary>Every declared false-friend pair.</summary>
    public IReadOnlyList<FalseFriendPair> FalseFriends { get; }

    /// <summary>The number of concepts over all schemes.</summary>
    public int ConceptCount => _byIri.Count;

    /// <summary>The core scheme, when the vocabulary has one.</summary>
    public ConceptScheme? CoreScheme => _schemes.GetValueOrDefault(CoreSchemeKey);

    /// <summary>Builds a snapshot from a loaded graph (the loader's second half; tests use it directly).</summary>
    /// <param name="graph">The loaded graph; it must not change afterwards.</param>
    /// <param name="version">The version the snapshot reports.</param>
    /// <param name="coreSchemeKey">The key of the core scheme.</param>
    /// <param name="isReferenceSource">
    /// Which source names (files) hold reference schemes: a scheme whose <c>a skos:ConceptScheme</c> triple was read
    /// from such a file is a reference scheme (<see cref="ConceptScheme.IsReference"/>). The loader passes the files
    /// under <c>reference/</c>; null means none (the graph must be loaded with source tracking for any to be found).
    /// </param>
    public static VocabularySnapshot FromGraph(RdfGraph graph, string version, string coreSchemeKey = "kern", Func<string, bool>? isReferenceSource = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var builder = new SnapshotBuilder(graph, isReferenceSource);
        var (schemes, mappings, falseFriends) = builder.Build();
        return new VocabularySnapshot(version, coreSchemeKey, schemes, mappings, falseFriends, builder.ConceptsByIri, builder.ConceptsByCode) { Graph = graph };
    }

    /// <summary>Finds a scheme by its IRI (with or without a trailing slash) or its key.</summary>
    public bool TryGetScheme(string systemOrKey, [NotNullWhen(true)] out ConceptScheme? scheme)
    {
        ArgumentNullException.ThrowIfNull(systemOrKey);
        return _schemes.TryGetValue(systemOrKey, out scheme) || _schemes.TryGetValue(systemOrKey.TrimEnd('/'), out scheme);
    }

    /// <summary>Finds a concept by scheme (IRI or key) and code.</summary>
    public bool TryGetConcept(string systemOrKey, string code, [NotNullWhen(true)] out Concept? concept)
    {
        concept = null;
        return TryGetScheme(systemOrKey, out var scheme) && _byCode.TryGetValue((scheme, code), out concept);
    }

    /// <summary>Finds a concept by code within a scheme.</summary>
    public bool TryGetConcept(ConceptScheme scheme, string code, [NotNullWhen(true)] out Concept? concept) =>
        _byCode.TryGetValue((scheme, code), out concept);

    /// <summary>Finds a concept by its IRI.</summary>
    public Concept? FindByIri(string iri) => _byIri.GetValueOrDefault(iri);

    /// <summary>Whether two concepts are declared false friends, with the curators' rationale (the last pair declared).</summary>
    public bool AreFalseFriends(Concept first, Concept second, out string? rationale)
    {
        var (found, said) = (false, (string?)null);
        foreach (var pair in FalseFriendsOf(first))
        {
            if (pair.First == second || pair.Second == second)
            {
                (found, said) = (true, pair.Rationale);
            }
        }

        rationale = said;
        return found;
    }

    /// <summary>The declared false-friend pairs the concept is in (either side), in the order of <see cref="FalseFriends"/>.</summary>
    public IReadOnlyList<FalseFriendPair> FalseFriendsOf(Concept concept) =>
        _falseFriendsOf.TryGetValue(concept, out var pairs) ? pairs : [];

    private void Add(Concept concept, FalseFriendPair pair)
    {
        if (!_falseFriendsOf.TryGetValue(concept, out var pairs))
        {
            _falseFriendsOf[concept] = pairs = [];
        }

        pairs.Add(pair);
    }
}
