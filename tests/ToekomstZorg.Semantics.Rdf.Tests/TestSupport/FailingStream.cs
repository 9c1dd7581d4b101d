namespace ToekomstZorg.Semantics.Rdf.Tests.TestSupport;

/// <summary>A stream that yields some bytes and then fails with an <see cref="IOException"/>.</summary>
internal sealed class FailingStream : Stream
{
    private readonly byte[] _prefix;
    private bool _served;

    public FailingStream(byte[] prefix) => _prefix = prefix;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_served)
        {
            throw new IOException("disk on fire");
        }

        _served = true;
        _prefix.CopyTo(buffer, offset);
        return _prefix.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
