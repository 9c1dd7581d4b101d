namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>One server over <see cref="TestVocabulary"/> shared by the read-only REST tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly TestVocabulary _vocabulary = new();
    private RunningServer? _server;

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    internal FhirClient Fhir => new(Server.Http);

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(_vocabulary.Directory);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _vocabulary.Dispose();
    }
}
