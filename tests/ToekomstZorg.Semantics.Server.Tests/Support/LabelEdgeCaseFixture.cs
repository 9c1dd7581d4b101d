namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>
/// One server over <see cref="TestVocabulary"/> plus labels that do not make a FHIR designation as they are: kern:overleg
/// gets an untagged altLabel, empty and white-space-only altLabels and a white-space-only prefLabel. A fixture of its own,
/// so the shared <see cref="ServerFixture"/> vocabulary, and every other test's expectations, stay as they are.
/// </summary>
public sealed class LabelEdgeCaseFixture : IAsyncLifetime
{
    /// <summary>The untagged alternative label of kern:overleg.</summary>
    public const string UntaggedAltLabel = "Teamoverleg";

    private readonly TestVocabulary _vocabulary = new();
    private RunningServer? _server;

    internal FhirClient Fhir => new((_server ?? throw new InvalidOperationException("not started")).Http);

    public async Task InitializeAsync()
    {
        _vocabulary.Write("labels.ttl", $$"""
            kern:overleg skos:altLabel "{{UntaggedAltLabel}}" , "" , "  \t " ; skos:prefLabel " "@fr .
            """);
        _server = await RunningServer.StartAsync(_vocabulary.Directory);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _vocabulary.Dispose();
    }
}
