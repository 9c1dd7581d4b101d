using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>The vocabulary as the FHIR commands need it: the translator and the export read model.</summary>
internal sealed record FhirVocabulary(ICodingTranslator Translator, ExportVocabulary Export);
