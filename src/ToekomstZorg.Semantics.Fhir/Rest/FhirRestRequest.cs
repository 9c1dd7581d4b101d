using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Fhir.Rest;

/// <summary>
/// One request to the FHIR REST facade as the HTTP host received it, before any FHIR reading: the query parameters in
/// order (a repeated name occurs repeatedly), the instance id of the path (<c>CodeSystem/{id}/$validate-code</c>), the
/// request body (a POST) in its format, and the FHIR base URL the caller addressed.
/// </summary>
public sealed class FhirRestRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="baseUrl">The FHIR base URL as the caller addressed it, e.g. <c>http://127.0.0.1:5081/fhir</c> (no trailing slash).</param>
    /// <param name="query">The query (and, for a POST <c>_search</c>, form) parameters in order.</param>
    /// <param name="id">The instance id of the path, if any.</param>
    /// <param name="body">The body of a POST (already decoded from its Content-Encoding); null for a GET.</param>
    /// <param name="bodyFormat">The format of <paramref name="body"/>, from the request's Content-Type.</param>
    public FhirRestRequest(string baseUrl, IReadOnlyList<KeyValuePair<string, string>> query, string? id = null, ReadOnlyMemory<byte>? body = null, FhirFormat bodyFormat = FhirFormat.Json)
    {
        BaseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl));
        Query = query ?? throw new ArgumentNullException(nameof(query));
        Id = id;
        Body = body;
        BodyFormat = bodyFormat;
    }

    /// <summary>The FHIR base URL, e.g. <c>http://127.0.0.1:5081/fhir</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The query parameters in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>The instance id of the path, if any.</summary>
    public string? Id { get; }

    /// <summary>The body of a POST; null for a GET.</summary>
    public ReadOnlyMemory<byte>? Body { get; }

    /// <summary>The format of <see cref="Body"/>.</summary>
    public FhirFormat BodyFormat { get; }
}
