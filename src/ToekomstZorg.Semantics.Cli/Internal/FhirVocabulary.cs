using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>The vocabulary as the FHIR commands need it: the snapshot and its coding translator.</summary>
internal sealed record FhirVocabulary(ICodingTranslator Translator, VocabularySnapshot Snapshot);
