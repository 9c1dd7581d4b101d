using Google.Protobuf.Reflection;
using ToekomstZorg.Semantics.Contracts.Client.Internal;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Grpc;
using ToekomstZorg.Semantics.Grpc.Client;

namespace ToekomstZorg.Semantics.Contracts.Client;

/// <summary>
/// A typed client of <c>toekomstzorg.semantics.v1.TerminologyService</c> over <see cref="GrpcClient"/>: one method per
/// RPC, method paths from <see cref="TerminologyReflection"/>. Every call takes <see cref="CallOptions"/> (deadline,
/// metadata such as <c>authorization: Bearer …</c>, cancellation); a status other than OK is thrown as
/// <see cref="RpcException"/> (e.g. NOT_FOUND for an unknown system or code, DEADLINE_EXCEEDED when the deadline passes).
/// Thread-safe: calls may run concurrently (HTTP/2 streams of one connection).
/// </summary>
/// <example>
/// <code>
/// using var grpc = new GrpcClient(new Uri("http://127.0.0.1:5080"));
/// var terminology = new TerminologyServiceClient(grpc);
/// var concept = (await terminology.LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" })).Concept;
/// </code>
/// </example>
public sealed class TerminologyServiceClient
{
    private static readonly ServiceDescriptor Service = TerminologyReflection.Descriptor.FindTypeByName<ServiceDescriptor>("TerminologyService");
    private static readonly string ListSchemesPath = ServiceMethodPaths.Of(Service, "ListSchemes");
    private static readonly string LookupPath = ServiceMethodPaths.Of(Service, "Lookup");
    private static readonly string SearchPath = ServiceMethodPaths.Of(Service, "Search");
    private static readonly string TranslatePath = ServiceMethodPaths.Of(Service, "Translate");
    private static readonly string TranslateStreamPath = ServiceMethodPaths.Of(Service, "TranslateStream");
    private static readonly string ValidateCodePath = ServiceMethodPaths.Of(Service, "ValidateCode");
    private static readonly string SubsumesPath = ServiceMethodPaths.Of(Service, "Subsumes");
    private static readonly string ExpandPath = ServiceMethodPaths.Of(Service, "Expand");
    private static readonly string WatchVocabularyPath = ServiceMethodPaths.Of(Service, "WatchVocabulary");

    private readonly GrpcClient _client;

    /// <summary>Creates the client over a connection to the server (the <see cref="GrpcClient"/> is not disposed by it).</summary>
    /// <param name="client">The gRPC connection, e.g. <c>new GrpcClient(new Uri("http://127.0.0.1:5080"))</c>.</param>
    public TerminologyServiceClient(GrpcClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>The service's descriptor (its full name, methods and message types).</summary>
    public static ServiceDescriptor Descriptor => Service;

    /// <summary>The concept schemes: kern and one per sector.</summary>
    /// <param name="request">The (empty) request.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<ListSchemesResponse> ListSchemesAsync(ListSchemesRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(ListSchemesPath, request, ListSchemesResponse.Parser, options);

    /// <summary>One concept with its labels, definition, hierarchy and mappings; NOT_FOUND names an unknown system or code.</summary>
    /// <param name="request">The system (IRI or key) and code, and the preferred languages.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<LookupResponse> LookupAsync(LookupRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(LookupPath, request, LookupResponse.Parser, options);

    /// <summary>Ranked label and code search.</summary>
    /// <param name="request">The text, optional schemes, language and limit.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<SearchResponse> SearchAsync(SearchRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(SearchPath, request, SearchResponse.Parser, options);

    /// <summary>Translates a code into another scheme, directly or through kern.</summary>
    /// <param name="request">The source system and code and the target system.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<TranslateResponse> TranslateAsync(TranslateRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(TranslatePath, request, TranslateResponse.Parser, options);

    /// <summary>
    /// Batch translation over one bidirectional stream: the requests are sent as they are produced and one response
    /// per request comes back, in order (correlate with <see cref="TranslateRequest.RequestId"/>). A request that cannot be
    /// answered gets a response with <see cref="TranslateResponse.Error"/> set and the stream goes on; only what concerns
    /// the whole stream (deadline, cancellation) ends it with an <see cref="RpcException"/>.
    /// </summary>
    /// <param name="requests">The requests; the request stream ends when the sequence ends.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public IAsyncEnumerable<TranslateResponse> TranslateStream(IAsyncEnumerable<TranslateRequest> requests, CallOptions? options = null) =>
        _client.DuplexStreamingAsync(TranslateStreamPath, requests, TranslateResponse.Parser, options);

    /// <summary>Whether a code is valid in a scheme (and, if given, whether the display is one of its labels).</summary>
    /// <param name="request">The system, code and optional display.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<ValidateCodeResponse> ValidateCodeAsync(ValidateCodeRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(ValidateCodePath, request, ValidateCodeResponse.Parser, options);

    /// <summary>The subsumption relation between two codes of one scheme.</summary>
    /// <param name="request">The system and the two codes.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public Task<SubsumesResponse> SubsumesAsync(SubsumesRequest request, CallOptions? options = null) =>
        _client.UnaryAsync(SubsumesPath, request, SubsumesResponse.Parser, options);

    /// <summary>The concepts of a scheme, optionally filtered, streamed one message per concept in code order.</summary>
    /// <param name="request">The system, filter, languages and limit.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public IAsyncEnumerable<ExpandResponse> ExpandAsync(ExpandRequest request, CallOptions? options = null) =>
        _client.ServerStreamingAsync(ExpandPath, request, ExpandResponse.Parser, options);

    /// <summary>
    /// The version being served, then one event per reload attempt, until the call is cancelled, its deadline passes or
    /// the server shuts down (then the stream ends normally).
    /// </summary>
    /// <param name="request">The (empty) request.</param>
    /// <param name="options">Deadline, metadata and cancellation of the call.</param>
    public IAsyncEnumerable<VocabularyEvent> WatchVocabularyAsync(WatchVocabularyRequest request, CallOptions? options = null) =>
        _client.ServerStreamingAsync(WatchVocabularyPath, request, VocabularyEvent.Parser, options);
}
