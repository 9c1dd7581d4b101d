using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>
/// Where <c>tzsem lookup</c>, <c>search</c> and <c>translate</c> get their answers: a vocabulary folder read in-process
/// (<c>--vocab</c>) or a running server (<c>--server</c>). Both give the same answer for the same vocabulary, so the
/// commands print the same either way. A caller's mistake (unknown scheme or code) is a <see cref="CliInputException"/>
/// offline and an <see cref="global::Grpc.Core.RpcException"/> (NOT_FOUND, INVALID_ARGUMENT) from a server.
/// </summary>
internal interface ITerminology : IDisposable
{
    /// <summary>One concept of a scheme (key or IRI).</summary>
    Task<ConceptCard> LookupAsync(string scheme, string code, CancellationToken cancellationToken);

    /// <summary>Ranked label search.</summary>
    Task<IReadOnlyList<FoundConcept>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>A code of one scheme in another scheme.</summary>
    Task<TranslationAnswer> TranslateAsync(string scheme, string code, string targetScheme, CancellationToken cancellationToken);
}
