using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Terminology;
using ModelLabelKind = ToekomstZorg.Semantics.Vocabulary.Model.LabelKind;
using ModelScheme = ToekomstZorg.Semantics.Vocabulary.Model.ConceptScheme;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// The answers of ListSchemes, Lookup, ValidateCode, Subsumes and Expand: the snapshot's operations
/// (<see cref="VocabularySnapshot.Lookup(Vocabulary.Model.Concept, IReadOnlyList{string})"/>,
/// <see cref="VocabularySnapshot.ValidateCode"/>, <see cref="VocabularySnapshot.Subsumes"/>,
/// <see cref="VocabularySnapshot.Expand"/>) mapped to messages. Every response carries the snapshot's version; a caller's
/// mistake is a <see cref="TerminologyRequestException"/>.
/// </summary>
internal static class ConceptMessages
{
    public static ListSchemesResponse ListSchemes(ServedVocabulary vocabulary)
    {
        var response = new ListSchemesResponse { VocabularyVersion = vocabulary.Version };
        foreach (var scheme in vocabulary.Snapshot.Schemes)
        {
            var message = new ConceptScheme
            {
                System = scheme.Iri,
                Key = scheme.Key,
                Title = scheme.Title(),
                ConceptCount = scheme.Concepts.Count,
                Description = scheme.Definition() ?? string.Empty,
            };
            message.Titles.Add(scheme.Titles.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LocalizedText { Language = l.Key, Value = l.Value }));
            response.Schemes.Add(message);
        }

        return response;
    }

    public static LookupResponse Lookup(ServedVocabulary vocabulary, LookupRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        var concept = RequestArguments.Concept(vocabulary, scheme, request.Code, "code");
        LookupResponse Build() => new() { Concept = Concept(vocabulary.Snapshot.Lookup(concept, request.Languages), request.Languages), VocabularyVersion = vocabulary.Version };
        return ResponseCache.Of(vocabulary).Lookup(scheme.Key, concept.Code, request.Languages, Build);
    }

    public static Concept Concept(LookupResult lookup, IReadOnlyList<string> languages)
    {
        var concept = lookup.Concept;
        var message = new Concept
        {
            System = concept.Scheme.Iri,
            Code = concept.Code,
            Iri = concept.Iri,
            Display = lookup.Display,
            Definition = lookup.Definition ?? string.Empty,
            Deprecated = concept.Deprecated,
        };
        message.Labels.Add(lookup.Designations.Select(l => new Label { Language = l.Language, Value = l.Text, Kind = Kind(l.Kind) }));
        message.Definitions.Add(concept.Definitions.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LocalizedText { Language = l.Key, Value = l.Value }));
        message.Broader.Add(lookup.Broader.Select(c => c.Code));
        message.Narrower.Add(lookup.Narrower.Select(c => c.Code));
        message.Sources.Add(concept.Sources);
        message.ScopeNotes.Add(concept.ScopeNotes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new LocalizedText { Language = n.Key, Value = n.Value }));
        message.EditorialNotes.Add(concept.EditorialNotes.Select(n => new LocalizedText { Language = string.Empty, Value = n }));

        // The code when the replacement is a concept of the same scheme, else its IRI (unambiguous across schemes).
        message.ReplacedBy.Add(lookup.ReplacedBy.Select(r => r.Concept is { } by && by.Scheme == concept.Scheme ? by.Code : r.Iri));

        // Every mapping of the concept read from its side: a sector concept's broadMatch to kern shows on the kern
        // concept as a narrowMatch to the sector concept (SKOS: broadMatch and narrowMatch are each other's inverse).
        foreach (var mapping in concept.Mappings)
        {
            message.Mappings.Add(new Mapping
            {
                Relation = MappingRelations.ToMessage(mapping.Relation, mapping.Reversed),
                TargetSystem = mapping.To.Scheme.Iri,
                TargetCode = mapping.To.Code,
                TargetDisplay = mapping.To.Display(languages),
                Comment = mapping.Rationale ?? string.Empty,
                Inverse = mapping.Reversed,
            });
        }

        return message;
    }

    public static ValidateCodeResponse ValidateCode(ServedVocabulary vocabulary, ValidateCodeRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            throw TerminologyRequestException.Missing("code", $"the code to validate in {scheme.Iri}.");
        }

        var validation = vocabulary.Snapshot.ValidateCode(scheme, request.Code, request.Display.Length > 0 ? request.Display : null);
        return new ValidateCodeResponse
        {
            VocabularyVersion = vocabulary.Version,
            Result = validation.IsValid,
            Display = validation.Display ?? string.Empty,
            Deprecated = validation.Deprecated,
            Message = validation.Message ?? string.Empty,
        };
    }

    public static SubsumesResponse Subsumes(ServedVocabulary vocabulary, SubsumesRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        var a = RequestArguments.Concept(vocabulary, scheme, request.CodeA, "code_a");
        var b = RequestArguments.Concept(vocabulary, scheme, request.CodeB, "code_b");
        return new SubsumesResponse { Outcome = MappingRelations.ToMessage(VocabularySnapshot.Subsumes(a, b)), VocabularyVersion = vocabulary.Version };
    }

    /// <summary>The snapshot's expansion of a scheme, one message per concept; checked before the first message is sent.</summary>
    public static IEnumerable<ExpandResponse> Expand(ServedVocabulary vocabulary, ExpandRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        if (request.Limit < 0)
        {
            throw TerminologyRequestException.Invalid("limit", $"must be 0 (all) or positive, not {request.Limit}.");
        }

        var expansion = vocabulary.Snapshot.Expand(scheme, request.Filter, activeOnly: !request.IncludeDeprecated);
        return Enumerate(vocabulary, scheme, expansion, request);
    }

    private static IEnumerable<ExpandResponse> Enumerate(ServedVocabulary vocabulary, ModelScheme scheme, Expansion expansion, ExpandRequest request)
    {
        var count = request.Limit > 0 ? Math.Min(request.Limit, expansion.Concepts.Count) : expansion.Concepts.Count;
        for (var i = 0; i < count; i++)
        {
            var concept = expansion.Concepts[i];
            yield return new ExpandResponse
            {
                System = scheme.Iri,
                Code = concept.Code,
                Display = concept.Display(request.Languages),
                Deprecated = concept.Deprecated,
                VocabularyVersion = vocabulary.Version,
            };
        }
    }

    private static LabelKind Kind(ModelLabelKind kind) => kind switch
    {
        ModelLabelKind.Preferred => LabelKind.Preferred,
        ModelLabelKind.Alternative => LabelKind.Alternative,
        _ => LabelKind.Hidden,
    };
}
