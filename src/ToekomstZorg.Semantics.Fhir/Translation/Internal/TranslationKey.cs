namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>Cache key of one vocabulary lookup: canonical source system, code, canonical target system.</summary>
internal readonly record struct TranslationKey(string System, string Code, string TargetSystem);
