namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// A vocabulary answer with each match's Coding pre-serialised: <see cref="Bodies"/>[i] is the JSON of match i
/// without its opening brace (<c>"system":…,"code":…,"display":…,"userSelected":false}</c>), so ADD writes
/// <c>{</c> + body and REPLACE writes <c>{"extension":[…original…],</c> + body.
/// </summary>
internal sealed record CachedTranslation(CodingTranslation Translation, byte[][] Bodies);
