using FsCheck;
using FsCheck.Fluent;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>
/// Random terminology questions over every concept of a vocabulary, biased towards near-misses: codes in another case
/// or of another scheme, unknown codes, displays that are alternative or hidden labels, labels in another case or of
/// another concept, filters made of label and code prefixes.
/// </summary>
internal sealed class TerminologyCases(VocabularySnapshot snapshot)
{
    private readonly Concept[] _concepts = snapshot.Schemes.SelectMany(s => s.Concepts).ToArray();
    private readonly ConceptScheme[] _schemes = snapshot.Schemes.ToArray();

    public IReadOnlyList<Concept> Concepts => _concepts;

    /// <summary>A (scheme, code, display?) to validate.</summary>
    public Arbitrary<ValidateCase> Validations() =>
        (from concept in Gen.Elements(_concepts)
         from code in Code(concept)
         from display in Display(concept)
         select new ValidateCase(concept.Scheme.Key, code, display)).ToArbitrary();

    /// <summary>Two codes of one scheme, often an ancestor and a descendant.</summary>
    public Arbitrary<SubsumesCase> Subsumptions() =>
        (from a in Gen.Elements(_concepts)
         from b in Gen.Frequency(
             (2, Gen.Elements(a.Scheme.Concepts.ToArray())),
             (1, Gen.Constant(a)),
             (2, a.Broader.Count > 0 ? Gen.Elements(a.Broader.ToArray()) : Gen.Constant(a)),
             (2, a.Narrower.Count > 0 ? Gen.Elements(a.Narrower.ToArray()) : Gen.Constant(a)),
             (1, a.Broader.Count > 0 && a.Broader[0].Broader.Count > 0 ? Gen.Constant(a.Broader[0].Broader[0]) : Gen.Constant(a)))
         from swap in Gen.Elements(false, true)
         select swap ? new SubsumesCase(a.Scheme.Key, b.Code, a.Code) : new SubsumesCase(a.Scheme.Key, a.Code, b.Code)).ToArbitrary();

    /// <summary>A concept and a target scheme (its own included).</summary>
    public Arbitrary<TranslateCase> Translations() =>
        (from concept in Gen.Elements(_concepts)
         from target in Gen.Elements(_schemes)
         select new TranslateCase(concept.Scheme.Key, concept.Code, target.Key)).ToArbitrary();

    /// <summary>A scheme, a filter (empty, prefixes of label words or codes, a word inside a label, noise) and activeOnly.</summary>
    public Arbitrary<ExpandCase> Expansions() =>
        (from concept in Gen.Elements(_concepts)
         from filter in Filter(concept)
         from activeOnly in Gen.Elements(false, true)
         select new ExpandCase(concept.Scheme.Key, filter, activeOnly)).ToArbitrary();

    private Gen<string> Code(Concept concept) => Gen.Frequency(
        (4, Gen.Constant(concept.Code)),
        (1, Gen.Constant(concept.Code.ToUpperInvariant())),
        (1, Gen.Constant(concept.Code + "x")),
        (1, Gen.Elements(_concepts).Where(c => c.Scheme != concept.Scheme).Select(c => c.Code)),
        (1, Noise()));

    private Gen<string?> Display(Concept concept)
    {
        var labels = concept.Labels.Select(l => l.Text).DefaultIfEmpty(concept.Code).ToArray();
        var hidden = concept.Labels.Where(l => l.Kind == LabelKind.Hidden).Select(l => l.Text).DefaultIfEmpty(concept.Code.ToUpperInvariant()).ToArray();
        return Gen.Frequency(
            (2, Gen.Constant<string?>(null)),
            (3, Gen.Elements(labels).Select(l => (string?)l)),
            (2, Gen.Elements(hidden).Select(l => (string?)l)),
            (1, Gen.Elements(labels).Select(l => (string?)l.ToUpperInvariant())),
            (1, Gen.Elements(labels).Select(l => (string?)(l + " "))),
            (1, Gen.Elements(_concepts).Select(c => (string?)c.Display())),
            (1, Noise().Select(n => (string?)n)));
    }

    private static Gen<string> Filter(Concept concept)
    {
        var words = concept.Labels.SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Append(concept.Code).ToArray();
        return Gen.Frequency(
            (1, Gen.Constant(string.Empty)),
            (4, from word in Gen.Elements(words) from length in Gen.Choose(1, Math.Max(1, word.Length)) select word[..Math.Min(length, word.Length)]),
            (1, from word in Gen.Elements(words) where word.Length > 3 select word[1..]),
            (1, from first in Gen.Elements(words) from second in Gen.Elements(words) select $"{first[..Math.Min(3, first.Length)]} {second[..Math.Min(2, second.Length)]}"),
            (1, Noise()));
    }

    // Letters only: a leading '-' would be read as an option by tzsem, and the other edges' escaping is not under test.
    private static Gen<string> Noise() =>
        Gen.Elements("a", "e", "z", "o", "q", "x").ArrayOf().Where(a => a.Length is > 0 and < 8).Select(string.Concat);
}
