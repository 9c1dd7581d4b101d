using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ToekomstZorg.Semantics.Server.Internal;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>
/// Watches the vocabulary directory and reloads after edits. Editors save in bursts (truncate, write, rename a temp
/// file over the original), so change notifications are debounced: the reload runs once the folder has been quiet for
/// the debounce interval. A notification that arrives during a reload triggers one more reload afterwards, so the
/// last edit is always picked up. FileSystemWatcher buffer overflows also trigger a reload.
/// </summary>
internal sealed class VocabularyFolderWatcher(IVocabularySource source, string directory, TimeSpan debounce, ILogger<VocabularyFolderWatcher> logger)
    : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private FileSystemWatcher? _watcher;

    // The watcher is armed before StartAsync returns (ExecuteAsync runs on a pool thread since .NET 10), so an edit
    // made right after the server has started is never missed.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnRenamed;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
        ServerLog.WatchingDirectory(logger, directory, (int)debounce.TotalMilliseconds);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Debounce: wait until no notification has arrived for one interval.
                do
                {
                    reader.TryRead(out _);
                    await Task.Delay(debounce, stoppingToken).ConfigureAwait(false);
                }
                while (reader.TryPeek(out _));

                source.Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsVocabularyPath(e.FullPath) || e.ChangeType == WatcherChangeTypes.Deleted)
        {
            _changes.Writer.TryWrite(true);
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        // Editors save by renaming a temp file over the original: either name may be the Turtle file.
        if (IsVocabularyPath(e.FullPath) || IsVocabularyPath(e.OldFullPath) || Directory.Exists(e.FullPath))
        {
            _changes.Writer.TryWrite(true);
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        ServerLog.WatcherError(logger, e.GetException());
        _changes.Writer.TryWrite(true);
    }

    private static bool IsVocabularyPath(string path) => path.EndsWith(".ttl", StringComparison.OrdinalIgnoreCase);
}
