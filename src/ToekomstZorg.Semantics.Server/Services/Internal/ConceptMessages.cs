using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// The answers of ListSchemes, Lookup, ValidateCode, Subsumes and Expand, built from one vocabulary snapshot. Every
/// response carries the snapshot's version; a caller's mistake is a <see cref="TerminologyRequestException"/>.
/// </summary>
internal static class ConceptMessages
{
    public static ListSchemesResponse ListSchemes(ServedVocabulary vocabulary)
    {
        var response = new ListSchemesResponse { VocabularyVersion = vocabulary.Version };
        foreach (var scheme in vocabulary.Model.Schemes)
        {
            var message = new ConceptScheme
            {
                System = scheme.Iri,
                Key = scheme.Key,
                Title = ServedVocabulary.Title(scheme),
                ConceptCount = scheme.Concepts.Count,
                Description = Pick(scheme.Definitions, null) ?? string.Empty,
            };
            message.Titles.Add(scheme.PrefLabels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LocalizedText { Language = l.Key, Value = l.Value }));
            response.Schemes.Add(message);
        }

        return response;
    }

    public static LookupResponse Lookup(ServedVocabulary vocabulary, LookupRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        var concept = RequestArguments.Concept(vocabulary, scheme, request.Code, "code");
        LookupResponse Build() => new() { Concept = Concept(vocabulary, scheme, concept, request.Languages), VocabularyVersion = vocabulary.Version };
        return ResponseCache.Of(vocabulary).Lookup(scheme.Key, concept.Code, request.Languages, Build);
    }

    public static Concept Concept(ServedVocabulary vocabulary, ExportScheme scheme, ExportConcept concept, IReadOnlyList<string> languages)
    {
        var details = vocabulary.Details(concept);
        var message = new Concept
        {
            System = scheme.Iri,
            Code = concept.Code,
            Iri = concept.Iri,
            Display = ServedVocabulary.Display(concept, languages),
            Definition = Pick(concept.Definitions, languages) ?? string.Empty,
            Deprecated = concept.Deprecated,
        };
        message.Labels.Add(concept.PrefLabels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => Label(l.Key, l.Value, LabelKind.Preferred)));
        message.Labels.Add(concept.AltLabels.Select(l => Label(l.Language, l.Text, LabelKind.Alternative)));
        message.Labels.Add(details.HiddenLabels.Select(l => Label(l.Language, l.Text, LabelKind.Hidden)));
        message.Definitions.Add(concept.Definitions.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LocalizedText { Language = l.Key, Value = l.Value }));
        message.Broader.Add(concept.Broader);
        message.Narrower.Add(vocabulary.Narrower(scheme, concept.Code));
        message.Sources.Add(details.Sources);
        message.ScopeNotes.Add(details.ScopeNotes.Select(n => new LocalizedText { Language = n.Language, Value = n.Text }));
        message.EditorialNotes.Add(details.EditorialNotes.Select(n => new LocalizedText { Language = n.Language, Value = n.Text }));
        foreach (var replacement in details.ReplacedBy)
        {
            // The code when the replacement is a concept of the same scheme, else its IRI (unambiguous across schemes).
            message.ReplacedBy.Add(vocabulary.TryGetConceptByIri(replacement, out var byScheme, out var by) && byScheme.Key == scheme.Key ? by.Code : replacement);
        }

        if (vocabulary.Snapshot.TryGetConcept(scheme.Iri, concept.Code, out var model))
        {
            // Every mapping of the concept read from its side: a sector concept's broadMatch to kern shows on the kern
            // concept as a narrowMatch to the sector concept (SKOS: broadMatch and narrowMatch are each other's inverse).
            foreach (var mapping in model.Mappings)
            {
                message.Mappings.Add(new Mapping
                {
                    Relation = MappingRelations.ToMessage(mapping.Relation, mapping.Reversed),
                    TargetSystem = mapping.To.Scheme.Iri,
                    TargetCode = mapping.To.Code,
                    TargetDisplay = mapping.To.Display(languages.Count > 0 ? languages[0] : null),
                    Comment = mapping.Rationale ?? string.Empty,
                    Inverse = mapping.Reversed,
                });
            }
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

        var response = new ValidateCodeResponse { VocabularyVersion = vocabulary.Version };
        if (!vocabulary.TryGetConcept(scheme, request.Code, out var concept))
        {
            response.Message = $"code '{RequestArguments.Clip(request.Code)}' is not a code of system {scheme.Iri}.";
            return response;
        }

        response.Display = ServedVocabulary.Display(concept);
        response.Deprecated = concept.Deprecated;
        var display = request.Display;
        var labels = concept.PrefLabels.Values.Concat(concept.AltLabels.Select(l => l.Text)).Concat(vocabulary.Details(concept).HiddenLabels.Select(l => l.Text));
        if (display.Length > 0 && !labels.Any(l => string.Equals(l, display, StringComparison.OrdinalIgnoreCase)))
        {
            response.Message = $"display '{RequestArguments.Clip(display)}' is not a label of {scheme.Iri}|{concept.Code}; the preferred display is '{response.Display}'.";
            return response;
        }

        response.Result = true;
        if (concept.Deprecated)
        {
            response.Message = ServedVocabulary.DeprecationNotice(scheme, concept);
        }

        return response;
    }

    public static SubsumesResponse Subsumes(ServedVocabulary vocabulary, SubsumesRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        var a = RequestArguments.Concept(vocabulary, scheme, request.CodeA, "code_a");
        var b = RequestArguments.Concept(vocabulary, scheme, request.CodeB, "code_b");
        var outcome = a.Code == b.Code ? SubsumptionOutcome.Equivalent
            : vocabulary.IsSelfOrDescendantOf(scheme, b.Code, a.Code) ? SubsumptionOutcome.Subsumes
            : vocabulary.IsSelfOrDescendantOf(scheme, a.Code, b.Code) ? SubsumptionOutcome.SubsumedBy
            : SubsumptionOutcome.NotSubsumed;
        return new SubsumesResponse { Outcome = outcome, VocabularyVersion = vocabulary.Version };
    }

    /// <summary>The concepts of a scheme in code order, filtered like ValueSet/$expand; checked before the first message is sent.</summary>
    public static IEnumerable<ExpandResponse> Expand(ServedVocabulary vocabulary, ExpandRequest request)
    {
        var scheme = RequestArguments.Scheme(vocabulary, request.System, "system");
        if (request.Limit < 0)
        {
            throw TerminologyRequestException.Invalid("limit", $"must be 0 (all) or positive, not {request.Limit}.");
        }

        var filter = new LabelFilter(request.Filter);
        return Enumerate(vocabulary, scheme, filter, request);
    }

    private static IEnumerable<ExpandResponse> Enumerate(ServedVocabulary vocabulary, ExportScheme scheme, LabelFilter filter, ExpandRequest request)
    {
        var sent = 0;
        foreach (var concept in scheme.Concepts)
        {
            if ((concept.Deprecated && !request.IncludeDeprecated) || !filter.Matches(concept))
            {
                continue;
            }

            if (request.Limit > 0 && sent == request.Limit)
            {
                yield break;
            }

            sent++;
            yield return new ExpandResponse
            {
                System = scheme.Iri,
                Code = concept.Code,
                Display = ServedVocabulary.Display(concept, request.Languages),
                Deprecated = concept.Deprecated,
                VocabularyVersion = vocabulary.Version,
            };
        }
    }

    private static Label Label(string language, string value, LabelKind kind) => new() { Language = language, Value = value, Kind = kind };

    private static string? Pick(IReadOnlyDictionary<string, string> byLanguage, IReadOnlyList<string>? languages)
    {
        foreach (var language in (languages ?? []).Concat(["nl", "en"]))
        {
            if (byLanguage.TryGetValue(language, out var value))
            {
                return value;
            }
        }

        return byLanguage.Values.FirstOrDefault();
    }
}
