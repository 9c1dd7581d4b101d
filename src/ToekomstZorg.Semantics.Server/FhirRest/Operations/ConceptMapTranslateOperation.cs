using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// ConceptMap/$translate (http://hl7.org/fhir/R4/conceptmap-operation-translate.html), GET and POST, type level and
/// on an instance (<c>ConceptMap/{id}/$translate</c>). In: exactly one of <c>code</c> (with <c>system</c>),
/// <c>coding</c>, <c>codeableConcept</c>; the map by <c>url</c> or id, or the target by <c>targetsystem</c> (IRI or
/// key) or <c>target</c> (a ValueSet url); none = every other scheme; <c>source</c> (a ValueSet url) supplies the
/// system when <c>code</c> comes without one. <c>reverse=true</c> returns the codes that map to the given code
/// (drawn from the target/targetsystem scheme, or the map's source, or every scheme).
/// Out: <c>result</c>, <c>message</c>, and per <c>match</c> the parts <c>equivalence</c>, <c>concept</c>, <c>source</c>
/// (the ConceptMap's canonical URL) and <c>message</c> (rationale and false-friend warnings). Every match is the
/// snapshot's <see cref="Vocabulary.VocabularySnapshot.Translate(Concept, ConceptScheme)"/>, as gRPC Translate gives it.
/// </summary>
internal static class ConceptMapTranslateOperation
{
    private static readonly OperationSignature Signature = new("ConceptMap/$translate", ["url", "conceptMap", "dependency", "reverse", "source", "targetsystem", "target", "system", "code", "coding", "codeableConcept"], new Dictionary<string, string> { ["targetSystem"] = "targetsystem" });

    public static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options)
    {
        var parameters = await OperationParameters.ReadAsync(context, options.MaxResourceBytes, Signature).ConfigureAwait(false);
        if (parameters.Has("conceptMap"))
        {
            throw FhirOperationException.NotSupported("Translating with a ConceptMap passed in the request is not supported; use url.", "conceptMap");
        }

        if (parameters.Has("dependency"))
        {
            throw FhirOperationException.NotSupported("The vocabulary's mappings have no dependencies; remove 'dependency'.", "dependency");
        }

        var reverse = parameters.Boolean("reverse") ?? false;
        var map = ResolveConceptMap(context, vocabulary, parameters);
        var sourceValueSet = parameters.String("source") is { } source
            ? VocabularyArguments.FindValueSetScheme(vocabulary, source) ?? throw FhirOperationException.NotFound($"ValueSet '{VocabularyArguments.Clip(source)}' is not known.", "source")
            : null;
        var targetScheme = ResolveTarget(vocabulary, parameters);

        // The scheme of the given code: with reverse, the code sits on the map's target side.
        var defaultSystem = reverse ? map?.Target : map?.Source ?? sourceValueSet;
        var inputs = InputCodings(parameters, defaultSystem);
        var candidates = reverse
            ? (targetScheme is not null ? [targetScheme] : map is not null ? [map.Value.Source] : vocabulary.Snapshot.Schemes.ToList())
            : (targetScheme is not null ? [targetScheme] : map is not null ? [map.Value.Target] : vocabulary.Snapshot.Schemes.ToList());

        var matches = new List<(ConceptScheme Source, ConceptScheme Target, Concept? Concept, TranslationMatch Match)>();
        var known = 0;
        foreach (var (system, code, parameter) in inputs)
        {
            if (VocabularyArguments.FindScheme(vocabulary, system) is not { } scheme)
            {
                if (inputs.Count == 1)
                {
                    throw FhirOperationException.NotFound($"CodeSystem '{VocabularyArguments.Clip(system)}' is not known to this server.", parameter);
                }

                continue;
            }

            if (!vocabulary.Snapshot.TryGetConcept(scheme, code, out var given))
            {
                if (inputs.Count == 1)
                {
                    VocabularyArguments.RequireConcept(vocabulary, scheme, code, parameter);
                }

                continue;
            }

            known++;
            foreach (var other in candidates)
            {
                // Every other scheme when no target is named; a target that is the code's own scheme is answered like
                // gRPC Translate answers it: the concept itself, equal.
                if (other == scheme && targetScheme is null)
                {
                    continue;
                }

                if (reverse)
                {
                    // Every concept of the other scheme whose translation into this scheme reaches the given code.
                    foreach (var concept in other.Concepts)
                    {
                        foreach (var match in vocabulary.Snapshot.Translate(concept, scheme).Matches)
                        {
                            if (match.Target == given)
                            {
                                matches.Add((other, scheme, concept, match));
                            }
                        }
                    }
                }
                else
                {
                    foreach (var match in vocabulary.Snapshot.Translate(given, other).Matches)
                    {
                        matches.Add((scheme, other, null, match));
                    }
                }
            }
        }

        if (known == 0)
        {
            throw FhirOperationException.NotFound("None of the codings is a known code of a code system of this server.", "codeableConcept");
        }

        var result = matches.Exists(m => m.Match.Equivalence is not (Equivalence.Unmatched or Equivalence.Disjoint));
        var json = FhirJson.Write(writer =>
        {
            writer.WriteStartParameters();
            writer.WriteBooleanParameter("result", result);
            writer.WriteParameter("message", "valueString", Message(matches.Count, reverse, targetScheme ?? (reverse ? map?.Source : map?.Target), matches.SelectMany(m => m.Match.Warnings)));
            foreach (var (source, target, concept, match) in matches)
            {
                writer.WriteStartPartParameter("match");
                writer.WriteParameter("equivalence", "valueCode", match.Equivalence.ToFhirCode());
                if (concept is null)
                {
                    writer.WriteCodingParameter("concept", match.Target.Scheme.Iri, match.Target.Code, match.Target.Display());
                }
                else
                {
                    writer.WriteCodingParameter("concept", source.Iri, concept.Code, concept.Display());
                }

                writer.WriteParameter("source", "valueUri", vocabulary.Exporter.ConceptMapUrl(source.Key, target.Key));
                var note = string.Join(" ", match.Rationales.Concat(match.Warnings));
                writer.WriteParameter("message", "valueString", note);
                writer.WriteEndPartParameter();
            }

            writer.WriteEndParameters();
        });
        await FhirResponses.WriteAsync(context, vocabulary, json).ConfigureAwait(false);
    }

    private static string Message(int count, bool reverse, ConceptScheme? target, IEnumerable<string> warnings)
    {
        var where = target is null ? "any other code system" : target.Iri;
        var text = count == 0
            ? reverse ? $"No code of {where} maps to this code." : $"No mapping to {where}."
            : $"{count} match(es) {(reverse ? "from" : "in")} {where}.";
        var distinct = warnings.Distinct(StringComparer.Ordinal).ToArray();
        return distinct.Length == 0 ? text : text + " Warning: " + string.Join(" ", distinct);
    }

    private static (ConceptScheme Source, ConceptScheme Target)? ResolveConceptMap(HttpContext context, ServedVocabulary vocabulary, OperationParameters parameters)
    {
        var id = context.Request.RouteValues["id"] as string;
        var url = parameters.String("url");
        if (id is null && url is null)
        {
            return null;
        }

        var canonical = url is null ? null : url.Split('|')[0];
        foreach (var source in vocabulary.Snapshot.Schemes)
        {
            foreach (var target in vocabulary.Snapshot.Schemes)
            {
                if (source == target)
                {
                    continue;
                }

                var idMatches = id is null || id == $"{source.Key}-{target.Key}";
                var urlMatches = canonical is null || canonical == vocabulary.Exporter.ConceptMapUrl(source.Key, target.Key);
                if (idMatches && urlMatches)
                {
                    return (source, target);
                }
            }
        }

        throw FhirOperationException.NotFound(
            id is not null ? $"ConceptMap/{VocabularyArguments.Clip(id)} is not known{(url is null ? "" : " with that url")}." : $"ConceptMap '{VocabularyArguments.Clip(url!)}' is not known.",
            id is not null ? null : "url");
    }

    private static ConceptScheme? ResolveTarget(ServedVocabulary vocabulary, OperationParameters parameters)
    {
        if (parameters.String("targetsystem") is { } system)
        {
            return VocabularyArguments.FindScheme(vocabulary, system) is { } scheme
                ? scheme
                : throw FhirOperationException.NotFound($"Target code system '{VocabularyArguments.Clip(system)}' is not known to this server.", "targetsystem");
        }

        if (parameters.String("target") is { } target)
        {
            return VocabularyArguments.FindValueSetScheme(vocabulary, target)
                ?? throw FhirOperationException.NotFound($"Target ValueSet '{VocabularyArguments.Clip(target)}' is not known to this server.", "target");
        }

        return null;
    }

    private static List<(string System, string Code, string Parameter)> InputCodings(OperationParameters parameters, ConceptScheme? defaultScheme)
    {
        var (code, coding, concept) = CodedInput.Read(parameters, "system");
        if (code is not null)
        {
            var system = parameters.String("system") ?? defaultScheme?.Iri
                ?? throw FhirOperationException.Required("system", "the code system of 'code' (or give a ConceptMap url or a source ValueSet).");
            return [(system, code, "code")];
        }

        if (coding is not null)
        {
            return coding.System is null || coding.Code is null
                ? throw FhirOperationException.Invalid("coding", "The coding needs both system and code.")
                : [(coding.System, coding.Code, "coding")];
        }

        var codings = concept!
            .Select((c, i) => (c.System, c.Code, Parameter: $"codeableConcept.coding[{i}]"))
            .Where(c => c.System is not null && c.Code is not null)
            .Select(c => (c.System!, c.Code!, c.Parameter))
            .ToList();
        return codings.Count > 0 ? codings : throw FhirOperationException.Invalid("codeableConcept", "The CodeableConcept has no coding with both system and code.");
    }
}
