using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>Reads the root <c>resourceType</c> of a JSON document without materialising it; <see langword="null"/> when the document is not a JSON object with one.</summary>
internal static class ResourceTypeSniffer
{
    public static string? Peek(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resourceType"u8))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The translator reports malformed JSON with its position.
        }

        return null;
    }
}
