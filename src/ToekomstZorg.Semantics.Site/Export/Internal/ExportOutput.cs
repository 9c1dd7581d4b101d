namespace ToekomstZorg.Semantics.Site.Export.Internal;

/// <summary>The export folder, and how many files and bytes went into it (written from several workers at once).</summary>
internal sealed class ExportOutput(string directory)
{
    private int _files;
    private long _bytes;

    public int Files => _files;

    public long Bytes => _bytes;

    /// <summary>Writes the site's answer for <paramref name="sitePath"/>; any status but <paramref name="expected"/> stops the export.</summary>
    public void Write(VocabularySite site, Vocabulary.VocabularySnapshot snapshot, string sitePath, string file, int expected = 200)
    {
        var answer = site.Respond(snapshot, SiteRequest.Get(sitePath));
        if (answer.StatusCode != expected)
        {
            throw new InvalidOperationException($"{sitePath} answered {answer.StatusCode} while exporting the site.");
        }

        Write(file, answer.Body);
    }

    /// <summary>Writes one file, relative to the export folder (an existing file is replaced).</summary>
    public void Write(string file, byte[] body)
    {
        // Not File.WriteAllBytes: for FileMode.Create .NET opens the file and then truncates it to zero, and on ext4 a
        // truncation to zero marks the file for writeback when it is closed (auto_da_alloc, meant for editors that
        // rewrite a file in place). That made every close() a synchronous flush to the disk: about 40% of the time
        // of exporting 100k concepts (perf). A new file is written as it is; an existing one is cut to the new length
        // only when it was longer.
        using (var handle = File.OpenHandle(Path.Combine(directory, file), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read))
        {
            RandomAccess.Write(handle, body, 0);
            if (RandomAccess.GetLength(handle) > body.Length)
            {
                RandomAccess.SetLength(handle, body.Length);
            }
        }

        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, body.Length);
    }

    /// <summary>
    /// Writes one file by streaming into it (an existing file is replaced): for the large files (the whole vocabulary,
    /// a scheme), which would otherwise be held and copied in memory as a whole, three times over.
    /// </summary>
    public void Write(string file, Action<Stream> write)
    {
        long length;
        using (var stream = new FileStream(Path.Combine(directory, file), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024))
        {
            write(stream);
            length = stream.Position;
            if (stream.Length > length)
            {
                stream.SetLength(length);
            }
        }

        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, length);
    }
}
