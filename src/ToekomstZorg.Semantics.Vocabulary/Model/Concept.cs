using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Vocabulary.Model.Internal;
using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>A SKOS concept of one scheme, as the snapshot holds it.</summary>
public sealed class Concept
{
    private ConceptLabel[] _labels = [];
    private ConceptMapping[] _mappings = [];
    private string[] _foldedLabels = [];

    internal Concept(string iri, string code, ConceptScheme scheme)
    {
        Iri = iri;
        Code = code;
        Scheme = scheme;
    }

    /// <summary>The concept IRI.</summary>
    public string Iri { get; }

    /// <summary>The code (<c>skos:notation</c>) FHIR and gRPC use.</summary>
    public string Code { get; }

    /// <summary>The scheme the concept belongs to.</summary>
    public ConceptScheme Scheme { get; }

    /// <summary>Preferred labels by language.</summary>
    public IReadOnlyDictionary<string, string> PrefLabels { get; internal set; } = LanguageMap.Empty;

    /// <summary>Every label: preferred, alternative and hidden.</summary>
    public IReadOnlyList<ConceptLabel> Labels
    {
        get => _labels;
        internal set => (_labels, _foldedLabels) = (value as ConceptLabel[] ?? [.. value], Fold(value));
    }

    /// <summary>
    /// <see cref="Labels"/> as a span: the rules that read every label of every concept iterate it without an
    /// enumerator object per concept (a <c>foreach</c> over an <see cref="IReadOnlyList{T}"/> boxes one).
    /// </summary>
    internal ReadOnlySpan<ConceptLabel> LabelSpan => _labels;

    /// <summary>
    /// <see cref="Labels"/> folded for search (<see cref="Search.SearchText.Fold"/>), in the same order: folded once, when
    /// the labels are set, for the search index and the lint rules that compare labels up to case and diacritics (which
    /// read them at the same time, on other threads).
    /// </summary>
    internal string[] FoldedLabels => _foldedLabels;

    /// <summary>Definitions by language.</summary>
    public IReadOnlyDictionary<string, string> Definitions { get; internal set; } = LanguageMap.Empty;

    /// <summary>Scope notes by language.</summary>
    public IReadOnlyDictionary<string, string> ScopeNotes { get; internal set; } = LanguageMap.Empty;

    /// <summary>Editorial notes (e.g. what is not verified).</summary>
    public IReadOnlyList<string> EditorialNotes { get; internal set; } = [];

    /// <summary>Where the facts come from (<c>dct:source</c>).</summary>
    public IReadOnlyList<string> Sources { get; internal set; } = [];

    /// <summary>Broader concepts within the same scheme.</summary>
    public IReadOnlyList<Concept> Broader { get; internal set; } = [];

    /// <summary>Narrower concepts within the same scheme.</summary>
    public IReadOnlyList<Concept> Narrower { get; internal set; } = [];

    /// <summary>Mappings from or to this concept, each read from this concept's side.</summary>
    public IReadOnlyList<ConceptMapping> Mappings
    {
        get => _mappings;
        internal set => _mappings = value as ConceptMapping[] ?? [.. value];
    }

    /// <summary><see cref="Mappings"/> as a span, for translation and the lint (no enumerator object per concept).</summary>
    internal ReadOnlySpan<ConceptMapping> MappingSpan => _mappings;

    /// <summary>While the snapshot is built: how many of its mappings are still to be placed in <see cref="Mappings"/>.</summary>
    internal int PendingMappings { get; set; }

    /// <summary><c>owl:deprecated true</c>.</summary>
    public bool Deprecated { get; internal set; }

    /// <summary>
    /// IRIs of the concepts that replace this one (<c>dct:isReplacedBy</c>, normally on a deprecated concept), as
    /// written; resolve them with <see cref="VocabularySnapshot.FindByIri"/> (a replacement outside the vocabulary stays
    /// unresolved; one inside it that no file defines is a lint error, TZ002).
    /// </summary>
    public IReadOnlyList<string> ReplacedBy { get; internal set; } = [];

    /// <summary>Where the concept's <c>skos:inScheme</c> triple was written.</summary>
    public SourceLocation? Location { get; internal set; }

    /// <summary>
    /// The concept's triples in the graph it was read from, kept so that a label's own triple (and where it was written)
    /// is found without searching the graph again (<see cref="ConceptLabel.PropertyIndex"/>); default when not read
    /// from a graph.
    /// </summary>
    internal SubjectProperties GraphProperties { get; init; }

    /// <summary>The display for one requested language; see <see cref="Display(IReadOnlyList{string})"/>.</summary>
    public string Display(string? language = null) => Display(language is null ? null : [language]);

    /// <summary>
    /// The display every answer returns (gRPC, FHIR, tzsem): the preferred label in the first of
    /// <paramref name="languages"/> that has one, else Dutch, else English, else the label of the language tag that
    /// sorts first, else the code. Alternative and hidden labels are never returned as the display.
    /// </summary>
    public string Display(IReadOnlyList<string>? languages) => LanguagePreference.Pick(PrefLabels, languages) ?? Code;

    /// <summary>The definition by the same language rule as <see cref="Display(IReadOnlyList{string})"/>; null when there is none.</summary>
    public string? Definition(IReadOnlyList<string>? languages = null) => LanguagePreference.Pick(Definitions, languages);

    /// <inheritdoc />
    public override string ToString() => $"{Scheme.Key}:{Code}";

    private static string[] Fold(IReadOnlyList<ConceptLabel> labels)
    {
        var folded = new string[labels.Count];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = LabelNormalizer.Normalize(labels[i].Text);
        }

        return folded;
    }
}
