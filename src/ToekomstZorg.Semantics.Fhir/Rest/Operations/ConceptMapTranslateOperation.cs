using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// ConceptMap/$translate (http://hl7.org/fhir/R4/conceptmap-operation-translate.html), GET and POST, type level and
/// on an instance (<c>ConceptMap/{id}/$translate</c>). In: exactly one of <c>code</c> (with <c>system</c>),
/// <c>coding</c>, <c>codeableConcept</c>; the map by <c>url</c> or id, or the target by <c>targetsystem</c> (IRI or
/// key) or <c>target</c> (a ValueSet url); none = every other scheme; <c>source</c> (a ValueSet url) supplies the
/// system when <c>code</c> comes without one. <c>reverse=true</c> returns the codes that map to the given code
/// (drawn from the target/targetsystem scheme, or the map's source, or every scheme).
/// Out: <c>result</c>, <c>message</c>, and per <c>match</c> the parts <c>equivalence</c>, <c>concept</c>, <c>source</c>
/// (the ConceptMap's canonical URL) and <c>message</c> (rationale and false-friend warnings). Every match is the
/// snapshot's <see cref="ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot.Translate(Concept, ConceptScheme)"/>, as gRPC Translate gives it.
/// </summary>
internal static class ConceptMapTranslateOperation
{
    private static readonly OperationSignature Signature = new("ConceptMap/$translate", ["url", "conceptMap", "dependency", "reverse", "source", "targetsystem", "target", "system", "code", "coding", "codeableConcept"], new Dictionary<string, string> { ["targetSystem"] = "targetsystem" });

    public static Parameters Run(FhirRestFacade facade, FhirRestRequest request)
    {
        var parameters = OperationParameters.Read(request, Signature);
        if (parameters.Has("conceptMap"))
        {
            throw FhirRestOutcome.NotSupported("Translating with a ConceptMap passed in the request is not supported; use url.", "conceptMap");
        }

        if (parameters.Has("dependency"))
        {
            throw FhirRestOutcome.NotSupported("The vocabulary's mappings have no dependencies; remove 'dependency'.", "dependency");
        }

        var reverse = parameters.Boolean("reverse") ?? false;
        var map = ResolveConceptMap(facade, request.Id, parameters);
        var sourceValueSet = parameters.String("source") is { } sourceUrl
            ? VocabularyArguments.FindValueSetScheme(facade, sourceUrl) ?? throw FhirRestOutcome.NotFound($"ValueSet '{FhirRestOutcome.Clip(sourceUrl)}' is not known.", "source")
            : null;
        var targetScheme = ResolveTarget(facade, parameters);

        // The scheme of the given code: with reverse, the code sits on the map's target side.
        var defaultSystem = reverse ? map?.Target : map?.Source ?? sourceValueSet;
        var inputs = InputCodings(parameters, defaultSystem);
        var candidates = reverse
            ? (targetScheme is not null ? [targetScheme] : map is not null ? [map.Value.Source] : facade.Snapshot.Schemes.ToList())
            : (targetScheme is not null ? [targetScheme] : map is not null ? [map.Value.Target] : facade.Snapshot.Schemes.ToList());

        var matches = new List<(ConceptScheme Source, ConceptScheme Target, Concept? Concept, TranslationMatch Match)>();
        var known = 0;
        foreach (var (system, code, parameter) in inputs)
        {
            if (VocabularyArguments.FindScheme(facade, system) is not { } scheme)
            {
                if (inputs.Count == 1)
                {
                    throw FhirRestOutcome.NotFound($"CodeSystem '{FhirRestOutcome.Clip(system)}' is not known to this server.", parameter);
                }

                continue;
            }

            if (!facade.Snapshot.TryGetConcept(scheme, code, out var given))
            {
                if (inputs.Count == 1)
                {
                    VocabularyArguments.RequireConcept(facade, scheme, code, parameter);
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
                        foreach (var match in facade.Snapshot.Translate(concept, scheme).Matches)
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
                    foreach (var match in facade.Snapshot.Translate(given, other).Matches)
                    {
                        matches.Add((scheme, other, null, match));
                    }
                }
            }
        }

        if (known == 0)
        {
            throw FhirRestOutcome.NotFound("None of the codings is a known code of a code system of this server.", "codeableConcept");
        }

        var result = matches.Exists(m => m.Match.Equivalence is not (Equivalence.Unmatched or Equivalence.Disjoint));
        var answer = new List<Parameters.ParameterComponent>()
            .AddValue("result", new FhirBoolean(result))
            .AddValue("message", ParametersBuilder.Text(Message(matches.Count, reverse, targetScheme ?? (reverse ? map?.Source : map?.Target), matches.SelectMany(m => m.Match.Warnings))));
        foreach (var (source, target, concept, match) in matches)
        {
            var found = concept is null
                ? new Coding(match.Target.Scheme.Iri, match.Target.Code, match.Target.Display())
                : new Coding(source.Iri, concept.Code, concept.Display());
            answer.Add(ParametersBuilder.WithParts("match", new List<Parameters.ParameterComponent>()
                .AddValue("equivalence", new Code(match.Equivalence.ToFhirCode()))
                .AddValue("concept", found)
                .AddValue("source", new FhirUri(facade.Exporter.ConceptMapUrl(source.Key, target.Key)))
                .AddValue("message", ParametersBuilder.Text(string.Join(" ", match.Rationales.Concat(match.Warnings))))));
        }

        return new Parameters { Parameter = answer };
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

    private static (ConceptScheme Source, ConceptScheme Target)? ResolveConceptMap(FhirRestFacade facade, string? id, OperationParameters parameters)
    {
        var url = parameters.String("url");
        if (id is null && url is null)
        {
            return null;
        }

        var canonical = url is null ? null : url.Split('|')[0];
        foreach (var source in facade.Snapshot.Schemes)
        {
            foreach (var target in facade.Snapshot.Schemes)
            {
                if (source == target)
                {
                    continue;
                }

                var idMatches = id is null || id == $"{source.Key}-{target.Key}";
                var urlMatches = canonical is null || canonical == facade.Exporter.ConceptMapUrl(source.Key, target.Key);
                if (idMatches && urlMatches)
                {
                    return (source, target);
                }
            }
        }

        throw FhirRestOutcome.NotFound(
            id is not null ? $"ConceptMap/{FhirRestOutcome.Clip(id)} is not known{(url is null ? "" : " with that url")}." : $"ConceptMap '{FhirRestOutcome.Clip(url!)}' is not known.",
            id is not null ? null : "url");
    }

    private static ConceptScheme? ResolveTarget(FhirRestFacade facade, OperationParameters parameters)
    {
        if (parameters.String("targetsystem") is { } system)
        {
            return VocabularyArguments.FindScheme(facade, system) is { } scheme
                ? scheme
                : throw FhirRestOutcome.NotFound($"Target code system '{FhirRestOutcome.Clip(system)}' is not known to this server.", "targetsystem");
        }

        if (parameters.String("target") is { } target)
        {
            return VocabularyArguments.FindValueSetScheme(facade, target)
                ?? throw FhirRestOutcome.NotFound($"Target ValueSet '{FhirRestOutcome.Clip(target)}' is not known to this server.", "target");
        }

        return null;
    }

    private static List<(string System, string Code, string Parameter)> InputCodings(OperationParameters parameters, ConceptScheme? defaultScheme)
    {
        var (code, coding, concept) = CodedInput.Read(parameters, "system");
        if (code is not null)
        {
            var system = parameters.String("system") ?? defaultScheme?.Iri
                ?? throw FhirRestOutcome.Required("system", "the code system of 'code' (or give a ConceptMap url or a source ValueSet).");
            return [(system, code, "code")];
        }

        if (coding is not null)
        {
            return coding.System is null || coding.Code is null
                ? throw FhirRestOutcome.Invalid("coding", "The coding needs both system and code.")
                : [(coding.System, coding.Code, "coding")];
        }

        var codings = concept!
            .Select((c, i) => (c.System, c.Code, Parameter: $"codeableConcept.coding[{i}]"))
            .Where(c => c.System is not null && c.Code is not null)
            .Select(c => (c.System!, c.Code!, c.Parameter))
            .ToList();
        return codings.Count > 0 ? codings : throw FhirRestOutcome.Invalid("codeableConcept", "The CodeableConcept has no coding with both system and code.");
    }
}
