namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>
/// The release notes of the last <see cref="Capacity"/> reloads, newest first, for the site's release-notes pages and
/// <c>GET /releases.json</c>. Bounded, so a server that reloads for months keeps a fixed amount; readers take an
/// immutable array, written with one reference swap (a single writer: the reload, under its gate).
/// </summary>
public sealed class ReleaseNotes
{
    /// <summary>How many notes are kept unless configured otherwise.</summary>
    public const int DefaultCapacity = 20;

    private ReleaseNote[] _notes = [];

    /// <summary>Keeps at most <paramref name="capacity"/> notes.</summary>
    public ReleaseNotes(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most notes kept.</summary>
    public int Capacity { get; }

    /// <summary>The notes, newest first.</summary>
    public IReadOnlyList<ReleaseNote> All => Volatile.Read(ref _notes);

    /// <summary>Finds the note of the reload that swapped in <paramref name="toVersion"/>.</summary>
    public ReleaseNote? Find(string toVersion) => All.FirstOrDefault(n => string.Equals(n.ToVersion, toVersion, StringComparison.Ordinal));

    internal void Add(ReleaseNote note)
    {
        var current = Volatile.Read(ref _notes);
        var next = new ReleaseNote[Math.Min(current.Length + 1, Capacity)];
        next[0] = note;
        Array.Copy(current, 0, next, 1, next.Length - 1);
        Volatile.Write(ref _notes, next);
    }
}
