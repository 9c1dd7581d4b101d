using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Export.Internal;

/// <summary>Writing conventions shared by the export writers.</summary>
internal static class ExportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>FHIR strings must not be empty or whitespace only: such values are left out.</summary>
    public static void WriteStringIfAny(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }

    public static string? Pick(IReadOnlyDictionary<string, string> byLanguage, string language) =>
        byLanguage.TryGetValue(language, out var value) ? value
        : byLanguage.TryGetValue("en", out value) ? value
        : byLanguage.Values.FirstOrDefault();

    /// <summary>A computer-friendly FHIR <c>name</c>: <c>ggz-kern</c> becomes <c>GgzKern</c> (pattern [A-Z]([A-Za-z0-9_]){0,254}).</summary>
    public static string Name(string id)
    {
        var name = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.Length > 0 && char.IsAsciiLetterUpper(name[0]) ? name.ToString() : "X" + name;
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
