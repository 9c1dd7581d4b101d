namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>Thrown by the walker when a container opens beyond the nesting limit; carries the container's byte offset.</summary>
internal sealed class NestingTooDeepException : Exception
{
    public NestingTooDeepException(long byteOffset)
        : base("JSON nesting exceeds the limit.") => ByteOffset = byteOffset;

    public long ByteOffset { get; }
}
