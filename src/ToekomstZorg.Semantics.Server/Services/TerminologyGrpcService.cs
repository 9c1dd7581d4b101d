using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using ToekomstZorg.Semantics.Contracts.V1;
using Grpc.Core;
using ToekomstZorg.Semantics.Server.Services.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;
using SnapshotEvent = ToekomstZorg.Semantics.Server.Snapshots.VocabularyEvent;
using VocabularyEvent = ToekomstZorg.Semantics.Contracts.V1.VocabularyEvent;

namespace ToekomstZorg.Semantics.Server.Services;

/// <summary>
/// <c>toekomstzorg.semantics.v1.TerminologyService</c> on the base Grpc.Tools generates from the .proto, so a misspelt
/// or missing RPC is a compile error. A call reads the vocabulary snapshot once and answers from it, so a reload never
/// changes or fails a call in flight; every response carries that snapshot's version. A caller's mistake is thrown as
/// <see cref="TerminologyRequestException"/> and becomes a gRPC status in one place, <see cref="CallFaultInterceptor"/>.
/// </summary>
public sealed class TerminologyGrpcService(IVocabularySource vocabulary, IHostApplicationLifetime lifetime) : TerminologyService.TerminologyServiceBase
{
    /// <summary>The concept schemes.</summary>
    public override Task<ListSchemesResponse> ListSchemes(ListSchemesRequest request, ServerCallContext context) =>
        Task.FromResult(ConceptMessages.ListSchemes(vocabulary.Current));

    /// <summary>One concept.</summary>
    public override Task<LookupResponse> Lookup(LookupRequest request, ServerCallContext context) =>
        Task.FromResult(ConceptMessages.Lookup(vocabulary.Current, request));

    /// <summary>Ranked label search.</summary>
    public override Task<SearchResponse> Search(SearchRequest request, ServerCallContext context) =>
        Task.FromResult(SearchMessages.Search(vocabulary.Current, request));

    /// <summary>Translate one code.</summary>
    public override Task<TranslateResponse> Translate(TranslateRequest request, ServerCallContext context) =>
        Task.FromResult(TranslationMessages.Translate(vocabulary.Current, request));

    /// <summary>Batch translation: one response per request, in order, on the snapshot of the call's start.</summary>
    public override async Task TranslateStream(IAsyncStreamReader<TranslateRequest> requestStream, IServerStreamWriter<TranslateResponse> responseStream, ServerCallContext context)
    {
        var snapshot = vocabulary.Current;
        var index = 0;
        while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            var request = requestStream.Current;
            var position = index++;
            TranslateResponse response;
            try
            {
                response = TranslationMessages.Translate(snapshot, request);
            }
            catch (TerminologyRequestException e)
            {
                // One bad item of a batch is answered in-band; the items after it are still translated.
                response = TranslationMessages.Failed(snapshot, request, CallFaultInterceptor.StatusOf(e), $"request {position}: {e.Message}");
            }

            await responseStream.WriteAsync(response, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether a code is valid.</summary>
    public override Task<ValidateCodeResponse> ValidateCode(ValidateCodeRequest request, ServerCallContext context) =>
        Task.FromResult(ConceptMessages.ValidateCode(vocabulary.Current, request));

    /// <summary>Subsumption between two codes.</summary>
    public override Task<SubsumesResponse> Subsumes(SubsumesRequest request, ServerCallContext context) =>
        Task.FromResult(ConceptMessages.Subsumes(vocabulary.Current, request));

    /// <summary>The concepts of a scheme, one message each.</summary>
    public override async Task Expand(ExpandRequest request, IServerStreamWriter<ExpandResponse> responseStream, ServerCallContext context)
    {
        var concepts = ConceptMessages.Expand(vocabulary.Current, request);
        foreach (var concept in concepts)
        {
            await responseStream.WriteAsync(concept, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The current version, then one event per reload attempt until the caller cancels (or its deadline passes); on
    /// server shutdown the stream ends with OK so the shutdown is not held up.
    /// </summary>
    public override async Task WatchVocabulary(WatchVocabularyRequest request, IServerStreamWriter<VocabularyEvent> responseStream, ServerCallContext context)
    {
        // Bounded: a watcher that stops reading loses the oldest events rather than holding memory without limit.
        var events = Channel.CreateBounded<SnapshotEvent>(new BoundedChannelOptions(256) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
        void OnReloaded(SnapshotEvent e) => events.Writer.TryWrite(e);

        // Subscribe before reading the current version, so no reload between the two goes unreported.
        vocabulary.Reloaded += OnReloaded;
        try
        {
            var current = vocabulary.Current;
            await responseStream.WriteAsync(
                VocabularyEventMessages.ToMessage(new SnapshotEvent(VocabularyEventKind.Current, current.Version, DateTimeOffset.UtcNow, current.Warnings)),
                context.CancellationToken).ConfigureAwait(false);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
            await foreach (var e in events.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await responseStream.WriteAsync(VocabularyEventMessages.ToMessage(e), stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            // Shutting down: end the watch normally.
        }
        finally
        {
            vocabulary.Reloaded -= OnReloaded;
        }
    }
}
