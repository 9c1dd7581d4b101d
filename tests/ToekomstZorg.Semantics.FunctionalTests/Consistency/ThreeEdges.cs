using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.FunctionalTests.Support;
using static ToekomstZorg.Semantics.TestSupport.InProcessTzsem;

namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>
/// Asks one question of the three edges of a running server's vocabulary: gRPC (the generated client over a real
/// connection), FHIR REST (GET on /fhir) and tzsem (in-process, reading the server's vocabulary folder). Each answer is
/// reduced to its verdict as text, so the three can be compared.
/// </summary>
internal sealed class ThreeEdges : IDisposable
{
    private readonly GrpcChannel _connection;
    private readonly TerminologyService.TerminologyServiceClient _grpc;
    private readonly HttpClient _http;
    private readonly string _vocab;

    public ThreeEdges(FunctionalServer server)
    {
        _connection = GrpcChannel.ForAddress(server.Endpoints.Grpc);
        _grpc = new TerminologyService.TerminologyServiceClient(_connection);
        _http = new HttpClient { BaseAddress = server.Endpoints.Http };
        _vocab = server.VocabularyDirectory;
    }

    public (string Grpc, string Fhir, string Cli) Validate(ValidateCase c) => Run(async () =>
    {
        var grpc = await _grpc.ValidateCodeAsync(new ValidateCodeRequest { System = c.Scheme, Code = c.Code, Display = c.Display ?? string.Empty });
        var fhir = await GetAsync($"/fhir/CodeSystem/$validate-code?url={E(c.Scheme)}&code={E(c.Code)}" + (c.Display is null ? string.Empty : $"&display={E(c.Display)}"));
        string[] args = c.Display is null
            ? ["validate-code", c.Scheme, c.Code, "--vocab", _vocab, "--format", "json"]
            : ["validate-code", c.Scheme, c.Code, "--display", c.Display, "--vocab", _vocab, "--format", "json"];
        var cli = Tzsem(args);
        using var cliJson = JsonDocument.Parse(cli.Stdout);
        var cliResult = cliJson.RootElement.GetProperty("result").GetBoolean();
        (cli.Exit == 0).Should().Be(cliResult, "tzsem validate-code exits 0 exactly when the code is valid");
        return (
            Verdict(grpc.Result, grpc.Result ? grpc.Display : null),
            Verdict(Parameter(fhir, "result").GetBoolean(), Parameter(fhir, "result").GetBoolean() ? Parameter(fhir, "display").GetString() : null),
            Verdict(cliResult, cliResult ? cliJson.RootElement.GetProperty("display").GetString() : null));
    });

    public (string Grpc, string Fhir, string Cli) Subsumes(SubsumesCase c) => Run(async () =>
    {
        var grpc = await _grpc.SubsumesAsync(new SubsumesRequest { System = c.Scheme, CodeA = c.CodeA, CodeB = c.CodeB });
        var fhir = await GetAsync($"/fhir/CodeSystem/$subsumes?system={E(c.Scheme)}&codeA={E(c.CodeA)}&codeB={E(c.CodeB)}");
        var cli = Tzsem("subsumes", c.Scheme, c.CodeA, c.CodeB, "--vocab", _vocab);
        var grpcOutcome = grpc.Outcome switch
        {
            SubsumptionOutcome.Equivalent => "equivalent",
            SubsumptionOutcome.Subsumes => "subsumes",
            SubsumptionOutcome.SubsumedBy => "subsumed-by",
            SubsumptionOutcome.NotSubsumed => "not-subsumed",
            var other => other.ToString(),
        };
        return (grpcOutcome, Parameter(fhir, "outcome").GetString()!, $"{cli.Stdout.Trim()} (exit {cli.Exit})".Replace(" (exit 0)", string.Empty, StringComparison.Ordinal));
    });

    public (string Grpc, string Fhir, string Cli) Translate(TranslateCase c) => Run(async () =>
    {
        var grpc = await _grpc.TranslateAsync(new TranslateRequest { System = c.Scheme, Code = c.Code, TargetSystem = c.Target });
        var fhir = await GetAsync($"/fhir/ConceptMap/$translate?system={E(c.Scheme)}&code={E(c.Code)}&targetsystem={E(c.Target)}");
        var cli = Tzsem("translate", c.Scheme, c.Code, "--to", c.Target, "--vocab", _vocab, "--format", "json");
        cli.Exit.Should().Be(0, cli.Stderr);
        using var cliJson = JsonDocument.Parse(cli.Stdout);
        var fhirMatches = Parameters(fhir).Where(p => p.GetProperty("name").GetString() == "match").Select(p =>
        {
            var parts = p.GetProperty("part").EnumerateArray().ToDictionary(part => part.GetProperty("name").GetString()!);
            var concept = parts["concept"].GetProperty("valueCoding");
            return $"{concept.GetProperty("system").GetString()}|{concept.GetProperty("code").GetString()} {parts["equivalence"].GetProperty("valueCode").GetString()}";
        });
        var cliMatches = cliJson.RootElement.GetProperty("matches").EnumerateArray()
            .Select(m => $"{m.GetProperty("system").GetString()}|{m.GetProperty("code").GetString()} {m.GetProperty("equivalence").GetString()}");
        return (
            Matches(grpc.Matches.Select(m => $"{m.System}|{m.Code} {m.Equivalence.ToString().ToLowerInvariant()}")),
            Matches(fhirMatches),
            Matches(cliMatches));
    });

    public (string Grpc, string Fhir, string Cli) Expand(ExpandCase c) => Run(async () =>
    {
        var grpc = new List<string>();
        using var call = _grpc.Expand(new ExpandRequest { System = c.Scheme, Filter = c.Filter, IncludeDeprecated = !c.ActiveOnly });
        await foreach (var member in call.ResponseStream.ReadAllAsync())
        {
            grpc.Add(member.Code);
        }

        var fhir = await GetAsync($"/fhir/ValueSet/{E(c.Scheme)}/$expand?count=100000&activeOnly={(c.ActiveOnly ? "true" : "false")}" + (c.Filter.Length == 0 ? string.Empty : $"&filter={E(c.Filter)}"));
        var contains = fhir.GetProperty("expansion").TryGetProperty("contains", out var members)
            ? members.EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToList()
            : [];
        string[] args = c.ActiveOnly ? ["expand", c.Scheme, "--filter", c.Filter, "--active-only", "--vocab", _vocab] : ["expand", c.Scheme, "--filter", c.Filter, "--vocab", _vocab];
        var cli = Tzsem(args);
        cli.Exit.Should().Be(0, cli.Stderr);
        var lines = cli.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]);
        return (string.Join(",", grpc), string.Join(",", contains), string.Join(",", lines));
    });

    public void Dispose()
    {
        _http.Dispose();
        _connection.Dispose();
    }

    // Off xunit's synchronisation context: FsCheck properties are synchronous, the edges are not.
    private static T Run<T>(Func<Task<T>> ask) => Task.Run(ask).GetAwaiter().GetResult();

    private static string E(string value) => Uri.EscapeDataString(value);

    private static string Verdict(bool valid, string? display) => valid ? $"valid, display '{display}'" : "invalid";

    private static string Matches(IEnumerable<string> matches) => string.Join("; ", matches.Order(StringComparer.Ordinal));

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.IsSuccessStatusCode.Should().BeTrue($"GET {path} answered {(int)response.StatusCode}: {json}");
        return json;
    }

    private static IEnumerable<JsonElement> Parameters(JsonElement parameters) => parameters.GetProperty("parameter").EnumerateArray();

    private static JsonElement Parameter(JsonElement parameters, string name)
    {
        var parameter = Parameters(parameters).Single(p => p.GetProperty("name").GetString() == name);
        return parameter.EnumerateObject().Single(p => p.Name.StartsWith("value", StringComparison.Ordinal)).Value;
    }
}
