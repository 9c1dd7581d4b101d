namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// Thrown by the walker when a string it must decode escapes half a UTF-16 surrogate pair (<c>"\ud800"</c>): valid
/// JSON grammar (RFC 8259 §8.2 leaves it undefined) but not a Unicode string. Carries the string's byte offset.
/// </summary>
internal sealed class UnpairedSurrogateException : Exception
{
    public UnpairedSurrogateException(long byteOffset)
        : base("A string escapes an unpaired UTF-16 surrogate.") => ByteOffset = byteOffset;

    public long ByteOffset { get; }
}
