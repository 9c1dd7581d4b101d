using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>
/// Calls the FHIR REST facade; every JSON answer is checked against the FHIR R4 JSON schema, and every XML answer read by
/// Firely's strict XML deserializer, before a test sees it.
/// </summary>
internal sealed class FhirClient(HttpClient http)
{
    public const string FhirJson = "application/fhir+json";

    public const string FhirXml = "application/fhir+xml";

    public Task<FhirAnswer> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>A GET with an <c>Accept</c> header.</summary>
    public Task<FhirAnswer> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept).Should().BeTrue();
        return SendAsync(request);
    }

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
        if (bytes.Length > 0 && answer.IsXml)
        {
            FirelyValidator.ParseXml(bytes);
        }
        else if (bytes.Length > 0)
        {
            answer.ContentType.Should().StartWith(FhirJson, "every FHIR answer is application/fhir+json or application/fhir+xml");
            FhirSchemaValidator.ShouldBeValidFhir(bytes);
        }

        return answer;
    }
}
