using System.Text;
using ToekomstZorg.Semantics.Rdf.Iris.Internal;

namespace ToekomstZorg.Semantics.Rdf.Iris;

/// <summary>
/// Resolves IRI references against a base IRI (RFC 3986 §5.2, applied to IRIs as RFC 3987 §6.5 allows).
/// A reference that already has a scheme is returned unchanged (the common case costs one scan of the scheme).
/// </summary>
public static class IriResolver
{
    /// <summary>True when <paramref name="iri"/> starts with a scheme (<c>ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") ":"</c>).</summary>
    public static bool IsAbsolute(ReadOnlySpan<byte> iri) => IriReference.SchemeLength(iri) >= 0;

    /// <summary>True when <paramref name="iri"/> starts with a scheme.</summary>
    public static bool IsAbsolute(string iri) => IsAbsolute(Encoding.UTF8.GetBytes(iri));

    /// <summary>Resolves <paramref name="reference"/> against the absolute <paramref name="baseIri"/>.</summary>
    /// <exception cref="ArgumentException">The base IRI has no scheme.</exception>
    public static string Resolve(string baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        ArgumentNullException.ThrowIfNull(reference);
        var baseBytes = Encoding.UTF8.GetBytes(baseIri);
        var referenceBytes = Encoding.UTF8.GetBytes(reference);
        if (!IsAbsolute(baseBytes))
        {
            throw new ArgumentException($"The base IRI '{baseIri}' has no scheme.", nameof(baseIri));
        }

        var destination = new byte[MaxResolvedLength(baseBytes.Length, referenceBytes.Length)];
        var length = Resolve(baseBytes, referenceBytes, destination);
        return Encoding.UTF8.GetString(destination, 0, length);
    }

    /// <summary>The largest result <see cref="Resolve(ReadOnlySpan{byte}, ReadOnlySpan{byte}, Span{byte})"/> can write.</summary>
    internal static int MaxResolvedLength(int baseLength, int referenceLength) => baseLength + referenceLength + 1;

    /// <summary>
    /// Writes the resolved IRI to <paramref name="destination"/> (at least <see cref="MaxResolvedLength"/> long)
    /// and returns its length. <paramref name="baseIri"/> must be absolute.
    /// </summary>
    // RFC 3986 §5.2.2 Transform References (strict: a reference with a scheme is taken as is).
    internal static int Resolve(ReadOnlySpan<byte> baseIri, ReadOnlySpan<byte> reference, Span<byte> destination)
    {
        if (IsAbsolute(reference))
        {
            reference.CopyTo(destination);
            return reference.Length;
        }

        var r = new IriReference(reference);
        var b = new IriReference(baseIri);
        var o = Append(destination, 0, b.SchemeWithColon);
        if (r.HasAuthority)
        {
            o = Append(destination, o, r.Authority);
            o += DotSegments.Remove(r.Path, destination[o..]);
            o = Append(destination, o, r.Query);
        }
        else
        {
            o = Append(destination, o, b.Authority);
            if (r.Path.IsEmpty)
            {
                o = Append(destination, o, b.Path);
                o = Append(destination, o, r.HasQuery ? r.Query : b.Query);
            }
            else
            {
                if (r.Path[0] == '/')
                {
                    o += DotSegments.Remove(r.Path, destination[o..]);
                }
                else
                {
                    o += RemoveDotSegmentsOfMerge(b, r.Path, destination[o..]);
                }

                o = Append(destination, o, r.Query);
            }
        }

        return Append(destination, o, r.Fragment);
    }

    // RFC 3986 §5.2.3 Merge Paths, followed by remove_dot_segments.
    private static int RemoveDotSegmentsOfMerge(in IriReference baseIri, ReadOnlySpan<byte> referencePath, Span<byte> destination)
    {
        var basePath = baseIri.Path;
        Span<byte> merged = basePath.Length + referencePath.Length + 1 <= 512
            ? stackalloc byte[512]
            : new byte[basePath.Length + referencePath.Length + 1];
        int length;
        if (baseIri.HasAuthority && basePath.IsEmpty)
        {
            merged[0] = (byte)'/';
            referencePath.CopyTo(merged[1..]);
            length = referencePath.Length + 1;
        }
        else
        {
            var directory = basePath[..(basePath.LastIndexOf((byte)'/') + 1)];
            directory.CopyTo(merged);
            referencePath.CopyTo(merged[directory.Length..]);
            length = directory.Length + referencePath.Length;
        }

        return DotSegments.Remove(merged[..length], destination);
    }

    private static int Append(Span<byte> destination, int offset, ReadOnlySpan<byte> part)
    {
        part.CopyTo(destination[offset..]);
        return offset + part.Length;
    }
}
