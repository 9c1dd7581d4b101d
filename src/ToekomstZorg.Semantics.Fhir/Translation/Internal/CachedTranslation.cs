namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// A vocabulary answer with each match's Coding pre-serialised: <see cref="Bodies"/>[i] is the JSON of match i
/// without its opening brace (<c>"system":…,"code":…,"display":…,"userSelected":false}</c>), so ADD writes
/// <c>{</c> + body and REPLACE writes <c>{"extension":[…original…],</c> + body. It also keeps the texts of the
/// OperationOutcome issue of the last coding it answered, which are the same for every resource that has this
/// coding: they hold vocabulary content only (codes, rationales, paths), never anything else of the resource.
/// </summary>
internal sealed class CachedTranslation(CodingTranslation translation, byte[][] bodies)
{
    private IssueTexts? _issue;

    public CodingTranslation Translation { get; } = translation;

    public byte[][] Bodies { get; } = bodies;

    /// <summary>The issue texts of a coding answered by this translation, made once per spelling of its system.</summary>
    public IssueTexts IssueTextsFor(CodingReport coding, string targetSystem)
    {
        var texts = _issue;
        if (texts is null || !texts.IsFor(coding, targetSystem))
        {
            // Racing writers store equal, immutable values; a reference write is atomic.
            _issue = texts = IssueTexts.Create(coding, targetSystem);
        }

        return texts;
    }
}
