using System.Text;

namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>
/// A growable byte stack that decoded terms are written into. Terms still needed (a subject, the
/// current predicate) stay below the top; a term that was only needed for one triple is dropped
/// by <see cref="Truncate"/>. Positions are offsets, so growth never invalidates a stored term.
/// </summary>
internal sealed class TermArena
{
    private byte[] _data = new byte[4096];

    /// <summary>The number of bytes in use.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes at <paramref name="start"/>.</summary>
    public ReadOnlySpan<byte> Slice(int start, int length) => new(_data, start, length);

    /// <summary>The bytes from <paramref name="start"/> to the top.</summary>
    public ReadOnlySpan<byte> From(int start) => new(_data, start, Length - start);

    /// <summary>Drops everything above <paramref name="length"/>.</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>Appends one byte.</summary>
    public void Append(byte value)
    {
        if (Length == _data.Length)
        {
            Grow(1);
        }

        _data[Length++] = value;
    }

    /// <summary>Appends bytes.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (_data.Length - Length < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_data.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends a Unicode scalar value as UTF-8.</summary>
    public void AppendCodePoint(int codePoint)
    {
        if (_data.Length - Length < 4)
        {
            Grow(4);
        }

        Length += new Rune(codePoint).EncodeToUtf8(_data.AsSpan(Length));
    }

    private void Grow(int needed)
    {
        var larger = new byte[Math.Max(_data.Length * 2, Length + needed)];
        _data.AsSpan(0, Length).CopyTo(larger);
        _data = larger;
    }
}
