using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// Reads a request body that must be FHIR JSON (http://hl7.org/fhir/R4/http.html#mime-type): the content type is
/// checked first (415), then the size, from Content-Length before reading and while reading (413). A
/// <c>Content-Encoding: gzip</c> body is decompressed (the limit applies to the decompressed bytes); any other coding
/// than gzip or identity is a 415, a broken gzip stream a 400.
/// </summary>
internal static class FhirRequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        CheckContentType(request.ContentType);
        if (request.ContentLength is { } length && length > maxBytes)
        {
            throw TooLarge(length, maxBytes);
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        var gzip = string.Equals(encoding, "gzip", StringComparison.OrdinalIgnoreCase) || string.Equals(encoding, "x-gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip && encoding.Length > 0 && !string.Equals(encoding, "identity", StringComparison.OrdinalIgnoreCase))
        {
            throw new FhirOperationException(415, "not-supported", $"Content-Encoding '{VocabularyArguments.Clip(encoding)}' is not supported; send gzip or no encoding.");
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
                throw new FhirOperationException(400, "structure", "The request body is not a valid gzip stream (Content-Encoding: gzip).");
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
            throw new FhirOperationException(400, "required", "The request body is empty; a FHIR JSON resource is expected.");
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void CheckContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw new FhirOperationException(415, "not-supported", "Content-Type must be application/fhir+json (or application/json).");
        }

        var type = media.MediaType.Value;
        var json = string.Equals(type, "application/fhir+json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "application/json+fhir", StringComparison.OrdinalIgnoreCase);
        if (!json)
        {
            throw new FhirOperationException(415, "not-supported", $"Content-Type '{type}' is not supported; send application/fhir+json.");
        }

        if (media.Charset.HasValue && !string.Equals(media.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new FhirOperationException(415, "not-supported", $"charset '{media.Charset.Value}' is not supported; FHIR JSON is UTF-8.");
        }
    }

    private static FhirOperationException TooLarge(long length, int maxBytes) =>
        new(413, "too-long", $"The request body ({length} bytes or more) exceeds the limit of {maxBytes} bytes.");
}
