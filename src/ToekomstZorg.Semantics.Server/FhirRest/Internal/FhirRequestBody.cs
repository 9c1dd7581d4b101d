using System.Buffers;
using System.IO.Compression;
using System.Net;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ToekomstZorg.Semantics.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// Reads a request body that must be FHIR JSON or XML (http://hl7.org/fhir/R4/http.html#mime-type): the content type is
/// checked first (415) and gives the body's format, then the size, from Content-Length before reading and while reading (413). A
/// <c>Content-Encoding: gzip</c> body is decompressed (the limit applies to the decompressed bytes); any other coding
/// than gzip or identity is a 415, a broken gzip stream a 400.
/// </summary>
internal static class FhirRequestBody
{
    public static async Task<(byte[] Body, FhirFormat Format)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var format = ContentFormat(request.ContentType);
        if (request.ContentLength is { } length && length > maxBytes)
        {
            throw TooLarge(length, maxBytes);
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        var gzip = string.Equals(encoding, "gzip", StringComparison.OrdinalIgnoreCase) || string.Equals(encoding, "x-gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip && encoding.Length > 0 && !string.Equals(encoding, "identity", StringComparison.OrdinalIgnoreCase))
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, $"Content-Encoding '{FhirRestOutcome.Clip(encoding)}' is not supported; send gzip or no encoding.");
        }

        using var body = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : null;
        var source = body ?? request.Body;
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            int read;
            try
            {
                read = await source.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                throw FhirRestOutcome.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Structure, "The request body is not a valid gzip stream (Content-Encoding: gzip).");
            }

            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                throw TooLarge(buffer.WrittenCount, maxBytes);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            throw FhirRestOutcome.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Required, "The request body is empty; a FHIR resource is expected.");
        }

        return (buffer.WrittenSpan.ToArray(), format);
    }

    private static FhirFormat ContentFormat(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, "Content-Type must be application/fhir+json or application/fhir+xml.");
        }

        var type = media.MediaType.Value;
        if (!FhirMediaTypes.TryParse(type, out var format))
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported,
                $"Content-Type '{FhirRestOutcome.Clip(type ?? string.Empty)}' is not supported; send application/fhir+json or application/fhir+xml.");
        }

        if (media.Charset.HasValue && !string.Equals(media.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, $"charset '{media.Charset.Value}' is not supported; FHIR is UTF-8.");
        }

        return format;
    }

    private static Hl7.Fhir.Rest.FhirOperationException TooLarge(long length, int maxBytes) =>
        FhirRestOutcome.Error(HttpStatusCode.RequestEntityTooLarge, OperationOutcome.IssueType.TooLong, $"The request body ({length} bytes or more) exceeds the limit of {maxBytes} bytes.");
}
