using System.Text.RegularExpressions;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>
/// The checks a vocabulary must pass before the server serves it, beyond parsing (VOCAB-DESIGN.md): a code may name
/// only one concept of a scheme (error: lookups would be ambiguous); codes follow the code syntax, concepts have
/// preferred labels in nl and en, and every skos:Concept is in a scheme (warnings). Positions come from the graph's
/// source tracking. The Vocabulary project's lint rules are the curators' full check; these keep the served model sound.
/// </summary>
internal static partial class ServingChecks
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private static readonly Iri RdfType = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static readonly Iri Concept = new(Skos + "Concept");
    private static readonly Iri InScheme = new(Skos + "inScheme");
    private static readonly Iri Notation = new(Skos + "notation");
    private static readonly Iri PrefLabel = new(Skos + "prefLabel");

    public static IEnumerable<VocabularyDiagnostic> Run(RdfGraph graph)
    {
        var codes = new Dictionary<(string Scheme, string Code), string>();
        foreach (var typed in graph.Match(null, RdfType, Concept))
        {
            if (typed.Subject is not Iri concept)
            {
                continue;
            }

            var schemes = graph.Match(concept, InScheme).Select(t => t.Object).OfType<Iri>().ToList();
            if (schemes.Count == 0)
            {
                yield return At(graph, typed, "concept-not-in-scheme", VocabularyDiagnostic.Warning, $"<{concept.Value}> is a skos:Concept without skos:inScheme; it is not served.");
            }

            foreach (var notation in graph.Match(concept, Notation))
            {
                if (notation.Object is not Literal code)
                {
                    continue;
                }

                if (!CodeSyntax().IsMatch(code.LexicalForm))
                {
                    yield return At(graph, notation, "code-syntax", VocabularyDiagnostic.Warning,
                        $"code '{code.LexicalForm}' of <{concept.Value}> is not lower-case letters, digits and hyphens starting with a letter.");
                }

                foreach (var scheme in schemes)
                {
                    if (codes.TryGetValue((scheme.Value, code.LexicalForm), out var other) && other != concept.Value)
                    {
                        yield return At(graph, notation, "duplicate-code", VocabularyDiagnostic.Error,
                            $"code '{code.LexicalForm}' names both <{other}> and <{concept.Value}> in scheme <{scheme.Value}>.");
                    }
                    else
                    {
                        codes[(scheme.Value, code.LexicalForm)] = concept.Value;
                    }
                }
            }

            var languages = graph.Match(concept, PrefLabel).Select(t => t.Object).OfType<Literal>().Select(l => l.Language).ToHashSet();
            foreach (var required in new[] { "nl", "en" })
            {
                if (schemes.Count > 0 && !languages.Contains(required))
                {
                    yield return At(graph, typed, "pref-label-missing", VocabularyDiagnostic.Warning, $"<{concept.Value}> has no skos:prefLabel in '{required}'.");
                }
            }
        }
    }

    private static VocabularyDiagnostic At(RdfGraph graph, Triple triple, string rule, string severity, string message)
    {
        var source = graph.SourceOf(triple);
        return new VocabularyDiagnostic(rule, severity, message, source?.SourceName, source?.Position.Subject.Line ?? 0, source?.Position.Subject.Column ?? 0);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex CodeSyntax();
}
