using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>Calls the FHIR REST facade; every JSON answer is checked against the FHIR R4 JSON schema before a test sees it.</summary>
internal sealed class FhirClient(HttpClient http)
{
    public const string FhirJson = "application/fhir+json";

    public Task<FhirAnswer> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<FhirAnswer> PostAsync(string path, string body, string contentType = FhirJson) => PostAsync(path, Encoding.UTF8.GetBytes(body), contentType);

    public Task<FhirAnswer> PostAsync(string path, byte[] body, string contentType = FhirJson)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });
    }

    public async Task<FhirAnswer> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var answer = new FhirAnswer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), bytes,
            response.Headers.TryGetValues("X-Vocabulary-Version", out var versions) ? versions.FirstOrDefault() : null);
        if (bytes.Length > 0)
        {
            answer.ContentType.Should().StartWith(FhirJson, "every FHIR answer is application/fhir+json");
            FhirSchemaValidator.ShouldBeValidFhir(bytes);
        }

        return answer;
    }
}

internal sealed record FhirAnswer(HttpStatusCode Status, string? ContentType, byte[] Body, string? VocabularyVersion)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string ResourceType => Json.GetProperty("resourceType").GetString()!;

    /// <summary>The first value[x] of the Parameters parameter <paramref name="name"/>.</summary>
    public JsonElement Parameter(string name) => Parameters(name).First();

    public IEnumerable<JsonElement> Parameters(string name) =>
        Json.GetProperty("parameter").EnumerateArray().Where(p => p.GetProperty("name").GetString() == name);

    /// <summary>The first issue's details.text and diagnostics.</summary>
    public string? Diagnostics => ResourceType == "OperationOutcome"
        ? string.Join(" ", new[] { Issue.TryGetProperty("details", out var details) && details.TryGetProperty("text", out var text) ? text.GetString() : null,
            Issue.TryGetProperty("diagnostics", out var diagnostics) ? diagnostics.GetString() : null }.OfType<string>())
        : null;

    private JsonElement Issue => Json.GetProperty("issue")[0];

    public string? IssueCode => ResourceType == "OperationOutcome" ? Json.GetProperty("issue")[0].GetProperty("code").GetString() : null;

    public override string ToString() => $"{(int)Status} {Encoding.UTF8.GetString(Body)}";
}

internal static class ParametersExtensions
{
    /// <summary>The value[x] of a parameter or part (whatever its type).</summary>
    public static JsonElement Value(this JsonElement parameter)
    {
        foreach (var property in parameter.EnumerateObject())
        {
            if (property.Name.StartsWith("value", StringComparison.Ordinal) || property.Name == "resource")
            {
                return property.Value;
            }
        }

        throw new InvalidOperationException("parameter without value: " + parameter);
    }

    public static JsonElement Part(this JsonElement parameter, string name) =>
        parameter.GetProperty("part").EnumerateArray().First(p => p.GetProperty("name").GetString() == name);

    public static IEnumerable<JsonElement> Parts(this JsonElement parameter, string name) =>
        parameter.GetProperty("part").EnumerateArray().Where(p => p.GetProperty("name").GetString() == name);
}
