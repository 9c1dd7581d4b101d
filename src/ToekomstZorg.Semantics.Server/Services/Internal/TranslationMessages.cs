using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Snapshots;
using ModelConcept = ToekomstZorg.Semantics.Vocabulary.Model.Concept;
using ModelScheme = ToekomstZorg.Semantics.Vocabulary.Model.ConceptScheme;
using DomainEquivalence = ToekomstZorg.Semantics.Vocabulary.Translation.Equivalence;
using DomainMatch = ToekomstZorg.Semantics.Vocabulary.Translation.TranslationMatch;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// The answer of Translate (and of each TranslateStream request), from the Vocabulary project's translation: every
/// target concept, strongest first, with its equivalence, the rationale of each hop, the path and false-friend warnings.
/// </summary>
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

    /// <summary>
    /// The in-band answer of a TranslateStream request that cannot be translated: what the caller sent (system, code,
    /// target_system, request_id) and why, as <c>error</c>; no matches, <c>result</c> false.
    /// </summary>
    public static TranslateResponse Failed(ServedVocabulary vocabulary, TranslateRequest request, global::Grpc.Core.StatusCode status, string message) => new()
    {
        VocabularyVersion = vocabulary.Version,
        RequestId = request.RequestId,
        System = request.System,
        Code = request.Code,
        TargetSystem = request.TargetSystem,
        Result = false,
        Error = new ItemStatus { Code = (int)status, Message = message },
    };

    private static TranslateResponse Build(ServedVocabulary vocabulary, ModelScheme source, ModelConcept concept, ModelScheme target)
    {
        var result = vocabulary.Snapshot.Translate(concept, target);
        var response = new TranslateResponse
        {
            VocabularyVersion = vocabulary.Version,
            System = source.Iri,
            Code = concept.Code,
            Display = concept.Display(),
            TargetSystem = target.Iri,
        };
        foreach (var match in result.Matches)
        {
            response.Matches.Add(Match(match));
        }

        response.Result = result.Matches.Any(m => m.Equivalence is not (DomainEquivalence.Unmatched or DomainEquivalence.Disjoint));
        return response;
    }

    private static TranslationMatch Match(DomainMatch match)
    {
        var message = new TranslationMatch
        {
            System = match.Target.Scheme.Iri,
            Code = match.Target.Code,
            Display = match.Target.Display(),
            Equivalence = MappingRelations.ToMessage(match.Equivalence),
            Comment = match.Comment ?? string.Empty,
        };
        foreach (var hop in match.Path)
        {
            message.Path.Add(new PathStep
            {
                System = hop.To.Scheme.Iri,
                Code = hop.To.Code,
                Relation = MappingRelations.ToMessage(hop.Relation, reversed: false),
                Inverse = hop.Reversed,
                Comment = hop.Rationale ?? string.Empty,
            });
        }

        foreach (var warning in match.Warnings)
        {
            message.Warnings.Add(new TranslationWarning { Code = match.IsFalseFriend ? FalseFriendWarning : "lossy", Message = warning });
        }

        return message;
    }
}
