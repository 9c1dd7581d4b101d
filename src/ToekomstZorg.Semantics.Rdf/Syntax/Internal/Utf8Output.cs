using System.Buffers;

namespace ToekomstZorg.Semantics.Rdf.Syntax.Internal;

/// <summary>
/// A pooled byte buffer in front of a stream: writers append UTF-8 and it reaches the stream in
/// large blocks, so memory stays bounded whatever the document size.
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer;
    private int _length;

    public Utf8Output(Stream stream, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>A span of at least <paramref name="size"/> free bytes; call <see cref="Advance"/> after filling it.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _length < size)
        {
            FlushBuffer();
            if (_buffer.Length < size)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(size);
            }
        }

        return _buffer.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _buffer.Length - _length)
        {
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
            return;
        }

        FlushBuffer();
        if (bytes.Length >= _buffer.Length / 2)
        {
            _stream.Write(bytes);
        }
        else
        {
            bytes.CopyTo(_buffer);
            _length = bytes.Length;
        }
    }

    public void WriteByte(byte value)
    {
        if (_length == _buffer.Length)
        {
            FlushBuffer();
        }

        _buffer[_length++] = value;
    }

    /// <summary>Writes everything buffered to the stream and flushes it.</summary>
    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        try
        {
            Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
    }

    private void FlushBuffer()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_length > 0)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
