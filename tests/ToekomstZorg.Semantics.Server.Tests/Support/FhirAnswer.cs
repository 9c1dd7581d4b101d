using System.Net;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>A FHIR REST answer: status, content type, body and the vocabulary version header.</summary>
internal sealed record FhirAnswer(HttpStatusCode Status, string? ContentType, byte[] Body, string? VocabularyVersion)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Whether the answer is FHIR XML (<c>application/fhir+xml</c>).</summary>
    public bool IsXml => ContentType?.StartsWith(FhirClient.FhirXml, StringComparison.Ordinal) == true;

    /// <summary>The answer read by Firely's strict deserializer (XML or JSON, as the content type says).</summary>
    public Resource Resource => IsXml ? FirelyValidator.ParseXml(Body) : FirelyValidator.ParseJson(Body);

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
