using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Server.Snapshots;
using DomainEquivalence = ToekomstZorg.Semantics.Vocabulary.Translation.Equivalence;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>The answer of Translate (and of each TranslateStream request): the matches with equivalence, rationale, path and warnings.</summary>
internal static class TranslationMessages
{
    public const string FalseFriendWarning = "false-friend";

    public static TranslateResponse Translate(ServedVocabulary vocabulary, TranslateRequest request)
    {
        var source = RequestArguments.Scheme(vocabulary, request.System, "system");
        var concept = RequestArguments.Concept(vocabulary, source, request.Code, "code");
        var target = RequestArguments.Scheme(vocabulary, request.TargetSystem, "target_system");
        var response = ResponseCache.Of(vocabulary).Translate(source.Key, concept.Code, target.Key, () => Build(vocabulary, source, concept, target));
        if (request.RequestId.Length > 0)
        {
            // The cached answer is shared: the caller's request_id goes on a copy.
            response = response.Clone();
            response.RequestId = request.RequestId;
        }

        return response;
    }

    private static TranslateResponse Build(ServedVocabulary vocabulary, Fhir.Export.ExportScheme source, Fhir.Export.ExportConcept concept, Fhir.Export.ExportScheme target)
    {
        var response = new TranslateResponse
        {
            VocabularyVersion = vocabulary.Version,
            System = source.Iri,
            Code = concept.Code,
            Display = ServedVocabulary.Display(concept),
            TargetSystem = target.Iri,
        };
        if (target == source)
        {
            // Translating into its own scheme is the identity.
            response.Matches.Add(new TranslationMatch { System = source.Iri, Code = concept.Code, Display = response.Display, Equivalence = Equivalence.Equal });
            response.Result = true;
            return response;
        }

        var translation = vocabulary.Codings.Translate(source.Iri, concept.Code, target.Iri);
        foreach (var match in translation.Matches)
        {
            response.Matches.Add(Match(vocabulary, match));
        }

        response.Result = translation.Matches.Any(m => m.Equivalence is not (DomainEquivalence.Unmatched or DomainEquivalence.Disjoint));
        return response;
    }

    private static TranslationMatch Match(ServedVocabulary vocabulary, CodingMatch match)
    {
        var message = new TranslationMatch
        {
            System = match.System,
            Code = match.Code,
            Display = match.Display ?? string.Empty,
            Equivalence = MappingRelations.ToMessage(match.Equivalence),
            Comment = string.Join(" | ", match.Rationales),
        };

        // The path alternates concept IRIs and mapping properties: c0, p1, c1, p2, c2 ...
        var hops = (match.Path.Count - 1) / 2;
        for (var hop = 0; hop < hops; hop++)
        {
            var (relation, inverse) = MappingRelations.FromPathStep(match.Path[(2 * hop) + 1]);
            var step = new PathStep { Relation = relation, Inverse = inverse };
            var iri = match.Path[(2 * hop) + 2];
            if (vocabulary.TryGetConceptByIri(iri, out var scheme, out var concept))
            {
                step.System = scheme.Iri;
                step.Code = concept.Code;
            }
            else
            {
                step.System = iri;
            }

            // Rationales line up with hops only when every hop has one.
            if (match.Rationales.Count == hops)
            {
                step.Comment = match.Rationales[hop];
            }

            message.Path.Add(step);
        }

        foreach (var warning in match.Warnings)
        {
            message.Warnings.Add(new TranslationWarning { Code = match.IsFalseFriend ? FalseFriendWarning : "lossy", Message = warning });
        }

        return message;
    }
}
