using Grpc.Core;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Vocabulary.Search;
using ModelLabel = ToekomstZorg.Semantics.Vocabulary.Model.ConceptLabel;

namespace ToekomstZorg.Semantics.Cli.Terminology.Internal;

/// <summary>
/// The answers of a running server (<c>--server URL</c>), through the generated <see cref="TerminologyService.TerminologyServiceClient"/>
/// over a Grpc.Net.Client <see cref="GrpcChannel"/>. The messages
/// carry codes where the output shows more (the display of a broader concept, the IRIs of a translation path, a scheme's
/// key): those come from further calls on the same HTTP/2 connection, made concurrently and each concept fetched once.
/// </summary>
internal sealed class ServerTerminology : ITerminology
{
    // Every call has a deadline: an address that swallows packets fails the command in bounded time instead of hanging it.
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly Uri _server;
    private readonly GrpcChannel _connection;
    private readonly TerminologyService.TerminologyServiceClient _client;
    private readonly Metadata? _headers;
    private readonly Dictionary<(string System, string Code), Task<ConceptReference>> _references = [];
    private Task<IReadOnlyDictionary<string, string>>? _schemeKeys;

    public ServerTerminology(Uri server, string? bearerToken)
    {
        _server = server;
        _connection = GrpcChannel.ForAddress(server);
        _client = new TerminologyService.TerminologyServiceClient(_connection);

        // As call metadata rather than CallCredentials, which Grpc.Net.Client sends over TLS only: a token may be
        // configured on a loopback server without TLS.
        _headers = bearerToken is null ? null : new Metadata { { "authorization", $"Bearer {bearerToken}" } };
    }

    public Task<ConceptCard> LookupAsync(string scheme, string code, CancellationToken cancellationToken) =>
        ReachedAsync(() => AnswerLookupAsync(scheme, code, cancellationToken));

    private async Task<ConceptCard> AnswerLookupAsync(string scheme, string code, CancellationToken cancellationToken)
    {
        var schemeKeys = SchemeKeysAsync(cancellationToken);
        var response = await _client.LookupAsync(new LookupRequest { System = scheme, Code = code }, Options(cancellationToken)).ConfigureAwait(false);
        var keys = await schemeKeys.ConfigureAwait(false);
        var concept = response.Concept;
        var broader = Task.WhenAll(concept.Broader.Select(c => ReferenceAsync(concept.System, c, cancellationToken)));
        var narrower = Task.WhenAll(concept.Narrower.Select(c => ReferenceAsync(concept.System, c, cancellationToken)));
        return new ConceptCard(
            new ConceptReference(Key(keys, concept.System), concept.System, concept.Code, concept.Display, concept.Iri),
            concept.Deprecated,
            concept.Labels.Select(l => new ModelLabel(l.Value, l.Language, TerminologyMessages.LabelKind(l.Kind))).ToArray(),
            concept.Definitions.Select(d => KeyValuePair.Create(d.Language, d.Value)).ToArray(),
            concept.EditorialNotes.Select(n => n.Value).ToArray(),
            Neighbours(await broader.ConfigureAwait(false)),
            Neighbours(await narrower.ConfigureAwait(false)),
            concept.Mappings.Select(m => new ConceptCardMapping(
                TerminologyMessages.WrittenRelation(m.Relation, m.Inverse),
                m.Inverse,
                new ConceptReference(Key(keys, m.TargetSystem), m.TargetSystem, m.TargetCode, m.TargetDisplay),
                m.Comment.Length == 0 ? null : m.Comment)).ToArray(),
            concept.Sources.ToArray(),
            response.VocabularyVersion);
    }

    public Task<IReadOnlyList<FoundConcept>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        ReachedAsync(() => AnswerSearchAsync(query, cancellationToken));

    private async Task<IReadOnlyList<FoundConcept>> AnswerSearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var request = new SearchRequest { Text = query.Text, Language = query.Language ?? string.Empty, Limit = query.Limit };
        request.Systems.Add(query.Schemes ?? []);
        var schemeKeys = SchemeKeysAsync(cancellationToken);
        var response = await _client.SearchAsync(request, Options(cancellationToken)).ConfigureAwait(false);
        var keys = await schemeKeys.ConfigureAwait(false);
        return response.Matches.Select(m => new FoundConcept(
            new ConceptReference(Key(keys, m.System), m.System, m.Code, m.Display),
            m.MatchedLabel,
            m.MatchedLanguage,
            TerminologyMessages.MatchKind(m.MatchKind))).ToArray();
    }

    public Task<TranslationAnswer> TranslateAsync(string scheme, string code, string targetScheme, CancellationToken cancellationToken) =>
        ReachedAsync(() => AnswerTranslateAsync(scheme, code, targetScheme, cancellationToken));

    private async Task<TranslationAnswer> AnswerTranslateAsync(string scheme, string code, string targetScheme, CancellationToken cancellationToken)
    {
        var response = await _client.TranslateAsync(
            new TranslateRequest { System = scheme, Code = code, TargetSystem = targetScheme }, Options(cancellationToken)).ConfigureAwait(false);
        var keys = await SchemeKeysAsync(cancellationToken).ConfigureAwait(false);

        // Every concept the answer names, fetched concurrently before the answer is assembled in order.
        var named = response.Matches.SelectMany(m => m.Path.Select(s => (s.System, s.Code)).Append((m.System, m.Code)))
            .Prepend((response.System, response.Code))
            .Select(c => ReferenceAsync(c.System, c.Code, cancellationToken))
            .ToArray();
        await Task.WhenAll(named).ConfigureAwait(false);
        var source = await ReferenceAsync(response.System, response.Code, cancellationToken).ConfigureAwait(false);
        var matches = new List<TranslationAnswerMatch>();
        foreach (var match in response.Matches)
        {
            // A path step names the concept it leads to; the concept it starts from is the previous step's (or the source).
            var hops = new List<TranslationAnswerHop>();
            var from = source;
            foreach (var step in match.Path)
            {
                var to = await ReferenceAsync(step.System, step.Code, cancellationToken).ConfigureAwait(false);
                hops.Add(new TranslationAnswerHop(from, TerminologyMessages.Relation(step.Relation), step.Inverse, to, step.Comment.Length == 0 ? null : step.Comment));
                from = to;
            }

            matches.Add(new TranslationAnswerMatch(
                await ReferenceAsync(match.System, match.Code, cancellationToken).ConfigureAwait(false),
                TerminologyMessages.Equivalence(match.Equivalence),
                hops,
                match.Warnings.Select(w => w.Message).ToArray()));
        }

        return new TranslationAnswer(source, Key(keys, response.TargetSystem), response.TargetSystem, matches, response.VocabularyVersion);
    }

    public void Dispose() => _connection.Dispose();

    // A call that never reached the server (UNAVAILABLE from Grpc.Net.Client, its reason kept as the debug exception)
    // says which address and why, on one line: "http://127.0.0.1:5080/ is not reachable: Connection refused".
    private async Task<T> ReachedAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable && e.Status.DebugException is { } reason)
        {
            var why = reason.GetBaseException().Message;
            throw new RpcException(new Status(StatusCode.Unavailable, $"{_server} is not reachable: {why}".ReplaceLineEndings(" ")));
        }
    }

    private CallOptions Options(CancellationToken cancellationToken) =>
        new(headers: _headers, deadline: DateTime.UtcNow + CallTimeout, cancellationToken: cancellationToken);

    // The card shows a broader or narrower concept's code and display, not its IRI (as read from a vocabulary folder).
    private static ConceptReference[] Neighbours(ConceptReference[] concepts) => concepts.Select(c => c with { Iri = null }).ToArray();

    private static string Key(IReadOnlyDictionary<string, string> keys, string system) => keys.TryGetValue(system, out var key) ? key : system;

    private Task<IReadOnlyDictionary<string, string>> SchemeKeysAsync(CancellationToken cancellationToken) =>
        _schemeKeys ??= ReadSchemeKeysAsync(cancellationToken);

    private async Task<IReadOnlyDictionary<string, string>> ReadSchemeKeysAsync(CancellationToken cancellationToken)
    {
        var response = await _client.ListSchemesAsync(new ListSchemesRequest(), Options(cancellationToken)).ConfigureAwait(false);
        return response.Schemes.ToDictionary(s => s.System, s => s.Key, StringComparer.Ordinal);
    }

    // Started on first request and shared, so concurrent requests for one concept make one call.
    private Task<ConceptReference> ReferenceAsync(string system, string code, CancellationToken cancellationToken)
    {
        if (!_references.TryGetValue((system, code), out var reference))
        {
            _references[(system, code)] = reference = ReadReferenceAsync(system, code, cancellationToken);
        }

        return reference;
    }

    private async Task<ConceptReference> ReadReferenceAsync(string system, string code, CancellationToken cancellationToken)
    {
        var keys = await SchemeKeysAsync(cancellationToken).ConfigureAwait(false);
        var concept = (await _client.LookupAsync(new LookupRequest { System = system, Code = code }, Options(cancellationToken)).ConfigureAwait(false)).Concept;
        return new ConceptReference(Key(keys, concept.System), concept.System, concept.Code, concept.Display, concept.Iri);
    }
}
