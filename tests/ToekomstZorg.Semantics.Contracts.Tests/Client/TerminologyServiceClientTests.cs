using Grpc.Core;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.Tests.Support;
using ToekomstZorg.Semantics.Contracts.V1;

namespace ToekomstZorg.Semantics.Contracts.Tests.Client;

/// <summary>Every RPC of the generated TerminologyService client (Grpc.Net.Client), against the real server on the repository's vocabulary.</summary>
public sealed class TerminologyServiceClientTests(RunningTerminologyServer server) : IClassFixture<RunningTerminologyServer>, IDisposable
{
    private const string Ggz = "https://w3id.org/toekomstzorg/ggz";
    private const string Kern = "https://w3id.org/toekomstzorg/kern";

    private readonly GrpcChannel _connection = server.Connect();

    private TerminologyService.TerminologyServiceClient Client => new(_connection);

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task ListSchemesAsync_RepositoryVocabulary_ReturnsKernAndTheSectors()
    {
        var response = await Client.ListSchemesAsync(new ListSchemesRequest());

        response.Schemes.Select(s => s.Key).Should().Contain(["kern", "ggz", "vaph"]);
        response.Schemes.Should().OnlyContain(s => s.ConceptCount > 0 && s.System.StartsWith("https://", StringComparison.Ordinal));
        response.VocabularyVersion.Should().NotBeEmpty();
    }

    [Fact]
    public async Task LookupAsync_KnownCode_ReturnsTheConcept()
    {
        var response = await Client.LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose", Languages = { "en" } });

        response.Concept.System.Should().Be(Ggz);
        response.Concept.Code.Should().Be("dubbeldiagnose");
        response.Concept.Display.Should().StartWith("dual diagnosis", "English was asked for first");
        response.Concept.Labels.Should().Contain(l => l.Language == "nl" && l.Value == "dubbeldiagnose" && l.Kind == LabelKind.Preferred);
        response.Concept.Mappings.Should().Contain(m => m.TargetSystem == Kern);
    }

    [Fact]
    public async Task LookupAsync_UnknownCode_ThrowsNotFoundNamingTheCode()
    {
        var act = async () => await Client.LookupAsync(new LookupRequest { System = "ggz", Code = "bestaat-niet" });

        var thrown = await act.Should().ThrowAsync<RpcException>();
        thrown.Which.StatusCode.Should().Be(StatusCode.NotFound);
        thrown.Which.Status.Detail.Should().Contain("bestaat-niet").And.Contain(Ggz);
    }

    [Fact]
    public async Task SearchAsync_Label_FindsTheConceptFirst()
    {
        var response = await Client.SearchAsync(new SearchRequest { Text = "dubbeldiagnose", Systems = { "ggz" } });

        response.Matches.Should().NotBeEmpty();
        response.Matches[0].Code.Should().Be("dubbeldiagnose");
        response.Matches[0].Score.Should().Be(1.0);
    }

    [Fact]
    public async Task TranslateAsync_GgzToKern_ReturnsAMatchWithItsPath()
    {
        var response = await Client.TranslateAsync(new TranslateRequest { System = "ggz", Code = "dubbeldiagnose", TargetSystem = "kern" });

        response.System.Should().Be(Ggz);
        response.TargetSystem.Should().Be(Kern);
        response.Result.Should().BeTrue();
        response.Matches.Should().NotBeEmpty().And.OnlyContain(m => m.System == Kern && m.Path.Count > 0);
    }

    [Fact]
    public async Task TranslateStream_ThreeRequests_OneResponseEachInOrder()
    {
        var responses = new List<TranslateResponse>();

        await foreach (var response in Duplex(Client.TranslateStream(), Requests()))
        {
            responses.Add(response);
        }

        responses.Select(r => r.RequestId).Should().Equal("a", "b", "c");
        responses.Should().OnlyContain(r => r.System == Ggz && r.TargetSystem == Kern);

        static async IAsyncEnumerable<TranslateRequest> Requests()
        {
            foreach (var id in new[] { "a", "b", "c" })
            {
                await Task.Yield();
                yield return new TranslateRequest { System = "ggz", Code = "dubbeldiagnose", TargetSystem = "kern", RequestId = id };
            }
        }
    }

    [Fact]
    public async Task TranslateStream_UnknownCodeInTheBatch_AnsweredWithAnErrorAndTheBatchGoesOn()
    {
        var responses = new List<TranslateResponse>();

        await foreach (var response in Duplex(Client.TranslateStream(), Requests()))
        {
            responses.Add(response);
        }

        responses.Select(r => r.RequestId).Should().Equal("goed", "fout", "ook-goed");
        responses[1].Error.Code.Should().Be((int)StatusCode.NotFound);
        responses[1].Error.Message.Should().Contain("bestaat-niet");
        responses[0].Error.Should().BeNull();
        responses[2].Matches.Should().NotBeEmpty();

        static async IAsyncEnumerable<TranslateRequest> Requests()
        {
            foreach (var (id, code) in new[] { ("goed", "dubbeldiagnose"), ("fout", "bestaat-niet"), ("ook-goed", "dubbeldiagnose") })
            {
                await Task.Yield();
                yield return new TranslateRequest { System = "ggz", Code = code, TargetSystem = "kern", RequestId = id };
            }
        }
    }

    [Fact]
    public async Task ValidateCodeAsync_KnownAndUnknownCode_TrueThenFalseWithAReason()
    {
        var known = await Client.ValidateCodeAsync(new ValidateCodeRequest { System = Ggz, Code = "dubbeldiagnose" });
        var unknown = await Client.ValidateCodeAsync(new ValidateCodeRequest { System = Ggz, Code = "bestaat-niet" });

        known.Result.Should().BeTrue();
        known.Display.Should().Be("dubbeldiagnose");
        unknown.Result.Should().BeFalse();
        unknown.Message.Should().Contain("bestaat-niet");
    }

    [Fact]
    public async Task SubsumesAsync_SameCode_IsEquivalent()
    {
        var response = await Client.SubsumesAsync(new SubsumesRequest { System = "ggz", CodeA = "dubbeldiagnose", CodeB = "dubbeldiagnose" });

        response.Outcome.Should().Be(SubsumptionOutcome.Equivalent);
    }

    [Fact]
    public async Task ExpandAsync_WholeScheme_StreamsEveryConcept()
    {
        var schemes = await Client.ListSchemesAsync(new ListSchemesRequest());
        var ggz = schemes.Schemes.Single(s => s.Key == "ggz");

        var codes = new List<string>();
        await foreach (var concept in Client.Expand(new ExpandRequest { System = "ggz", IncludeDeprecated = true }).ResponseStream.ReadAllAsync())
        {
            concept.System.Should().Be(Ggz);
            codes.Add(concept.Code);
        }

        codes.Should().HaveCount(ggz.ConceptCount).And.OnlyHaveUniqueItems().And.Contain("dubbeldiagnose");
        codes.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task ExpandAsync_UnknownScheme_ThrowsNotFound()
    {
        var act = async () =>
        {
            await foreach (var unused in Client.Expand(new ExpandRequest { System = "bestaat-niet" }).ResponseStream.ReadAllAsync())
            {
            }
        };

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.NotFound);
    }

    [Fact]
    public async Task WatchVocabularyAsync_Deadline_CurrentVersionThenDeadlineExceeded()
    {
        var version = (await Client.ListSchemesAsync(new ListSchemesRequest())).VocabularyVersion;
        var events = new List<VocabularyEvent>();

        var act = async () =>
        {
            await foreach (var e in Client.WatchVocabulary(new WatchVocabularyRequest(), deadline: DateTime.UtcNow.AddMilliseconds(300)).ResponseStream.ReadAllAsync())
            {
                events.Add(e);
            }
        };

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.DeadlineExceeded);
        events.Should().ContainSingle().Which.Should().Match<VocabularyEvent>(e => e.Kind == VocabularyEvent.Types.Kind.Current && e.VocabularyVersion == version);
    }

    [Fact]
    public async Task WatchVocabularyAsync_CallerCancels_ThrowsCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var act = async () =>
        {
            await foreach (var unused in Client.WatchVocabulary(new WatchVocabularyRequest(), cancellationToken: cancellation.Token).ResponseStream.ReadAllAsync())
            {
                await cancellation.CancelAsync();
            }
        };

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Cancelled);
    }

    // Sends the requests while the responses are read, then completes the request stream: a bidirectional call as a caller drives it.
    private static async IAsyncEnumerable<TranslateResponse> Duplex(AsyncDuplexStreamingCall<TranslateRequest, TranslateResponse> call, IAsyncEnumerable<TranslateRequest> requests)
    {
        using (call)
        {
            var sending = Task.Run(async () =>
            {
                await foreach (var request in requests)
                {
                    await call.RequestStream.WriteAsync(request);
                }

                await call.RequestStream.CompleteAsync();
            });
            await foreach (var response in call.ResponseStream.ReadAllAsync())
            {
                yield return response;
            }

            await sending;
        }
    }
}
