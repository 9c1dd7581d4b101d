using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The input parameters of a FHIR operation (http://hl7.org/fhir/R4/operations.html#request), from the query string
/// of a GET or from the Parameters resource of a POST. Values are typed on access, and an error names the parameter.
/// On a GET, a Coding may be written <c>system|code</c>.
/// </summary>
internal sealed class OperationParameters
{
    // Primitive value[x] types whose JSON form is a string.
    private static readonly string[] StringValueTypes =
        ["valueString", "valueCode", "valueUri", "valueCanonical", "valueUrl", "valueId", "valueOid", "valueUuid", "valueMarkdown", "valueDateTime", "valueDate"];

    private readonly List<Entry> _entries;

    private OperationParameters(List<Entry> entries) => _entries = entries;

    // The general query parameters of http://hl7.org/fhir/R4/http.html#parameters that are not operation inputs.
    private static readonly string[] GeneralParameters = ["_format", "_pretty"];

    /// <summary>
    /// Reads the parameters of a GET (query) or POST (Parameters body; query parameters are added too) of
    /// <paramref name="signature"/>: an alias (a name Firely's typed parameters send) becomes its R4 name, and a
    /// parameter the operation does not know is a 400 that names it (never silently ignored).
    /// </summary>
    public static async Task<OperationParameters> ReadAsync(HttpContext context, int maxBytes, OperationSignature signature)
    {
        var entries = ReadQuery(context.Request.Query);
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var body = await FhirRequestBody.ReadAsync(context.Request, maxBytes, context.RequestAborted).ConfigureAwait(false);
            entries.AddRange(FromParametersResource(body));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var name = entries[i].Name;
            if (signature.Aliases.TryGetValue(name, out var r4Name))
            {
                entries[i] = entries[i] with { Name = r4Name };
            }
            else if (!signature.Parameters.Contains(name) && !GeneralParameters.Contains(name))
            {
                throw new FhirOperationException(
                    400, "not-supported",
                    $"Parameter '{Clip(name)}' is not a parameter of {signature.Operation} on this server; known: {string.Join(", ", signature.Parameters)}.",
                    name);
            }
        }

        return new OperationParameters(entries);
    }

    /// <summary>Parameters of a Parameters resource already parsed.</summary>
    public static OperationParameters FromParametersElement(JsonElement parameters) => new(ReadParameterArray(parameters));

    /// <summary>Parameters of a GET query string.</summary>
    public static OperationParameters FromQuery(IQueryCollection query) => new(ReadQuery(query));

    /// <summary>Whether any parameter of that name was given.</summary>
    public bool Has(string name) => _entries.Exists(e => e.Name == name);

    /// <summary>A 0..1 parameter with a string-like value (string, code, uri, ...).</summary>
    public string? String(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Text is not null)
        {
            return entry.Text;
        }

        foreach (var type in StringValueTypes)
        {
            if (entry.Element.TryGetProperty(type, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        throw FhirOperationException.Invalid(name, $"Parameter '{name}' must have a string value (valueString, valueCode, valueUri, ...).");
    }

    /// <summary>Every value of a 0..* string-like parameter.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var values = new List<string>();
        foreach (var entry in _entries)
        {
            if (entry.Name != name)
            {
                continue;
            }

            if (entry.Text is not null)
            {
                values.AddRange(entry.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                continue;
            }

            var found = false;
            foreach (var type in StringValueTypes)
            {
                if (entry.Element.TryGetProperty(type, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    values.Add(value.GetString()!);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw FhirOperationException.Invalid(name, $"Parameter '{name}' must have a string value.");
            }
        }

        return values;
    }

    public bool? Boolean(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Text is not null)
        {
            return entry.Text switch
            {
                "true" => true,
                "false" => false,
                _ => throw FhirOperationException.Invalid(name, $"Parameter '{name}' must be true or false, not '{Clip(entry.Text)}'."),
            };
        }

        return entry.Element.TryGetProperty("valueBoolean", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw FhirOperationException.Invalid(name, $"Parameter '{name}' must have a valueBoolean.");
    }

    /// <summary>A 0..1 non-negative integer parameter.</summary>
    public int? Integer(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        int number;
        if (entry.Text is not null)
        {
            if (!int.TryParse(entry.Text, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                throw FhirOperationException.Invalid(name, $"Parameter '{name}' must be a non-negative integer, not '{Clip(entry.Text)}'.");
            }
        }
        else if (!entry.Element.TryGetProperty("valueInteger", out var value) || !value.TryGetInt32(out number) || number < 0)
        {
            throw FhirOperationException.Invalid(name, $"Parameter '{name}' must have a non-negative valueInteger.");
        }

        return number;
    }

    /// <summary>A 0..1 Coding parameter (<c>valueCoding</c>; on a GET <c>system|code</c>).</summary>
    public FhirCoding? Coding(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Text is not null)
        {
            var bar = entry.Text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && bar < entry.Text.Length - 1
                ? new FhirCoding(entry.Text[..bar], entry.Text[(bar + 1)..])
                : throw FhirOperationException.Invalid(name, $"Parameter '{name}' must be written system|code on a GET.");
        }

        return entry.Element.TryGetProperty("valueCoding", out var coding) && coding.ValueKind == JsonValueKind.Object
            ? ReadCoding(coding, name)
            : throw FhirOperationException.Invalid(name, $"Parameter '{name}' must have a valueCoding.");
    }

    /// <summary>The codings of a 0..1 CodeableConcept parameter.</summary>
    public IReadOnlyList<FhirCoding>? CodeableConcept(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Text is not null || !entry.Element.TryGetProperty("valueCodeableConcept", out var concept) || concept.ValueKind != JsonValueKind.Object)
        {
            throw FhirOperationException.Invalid(name, $"Parameter '{name}' must have a valueCodeableConcept (POST Parameters only).");
        }

        var codings = new List<FhirCoding>();
        if (concept.TryGetProperty("coding", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var coding in array.EnumerateArray())
            {
                codings.Add(coding.ValueKind == JsonValueKind.Object
                    ? ReadCoding(coding, $"{name}.coding[{index}]")
                    : throw FhirOperationException.Invalid(name, $"{name}.coding[{index}] is not a Coding object."));
                index++;
            }
        }

        return codings;
    }

    /// <summary>A 0..1 parameter carrying a resource (<c>resource</c>).</summary>
    public JsonElement? Resource(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        return entry.Text is null && entry.Element.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object
            ? resource
            : throw FhirOperationException.Invalid(name, $"Parameter '{name}' must carry a resource.");
    }

    private Entry? Single(string name)
    {
        Entry? found = null;
        foreach (var entry in _entries)
        {
            if (entry.Name == name)
            {
                if (found is not null)
                {
                    throw FhirOperationException.Invalid(name, $"Parameter '{name}' may occur at most once.");
                }

                found = entry;
            }
        }

        return found;
    }

    private static FhirCoding ReadCoding(JsonElement coding, string name)
    {
        string? Text(string property) => coding.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw FhirOperationException.Invalid(name, $"{name}.{property} must be a string.")
            : null;
        return new FhirCoding(Text("system"), Text("code"), Text("display"), Text("version"));
    }

    private static List<Entry> ReadQuery(IQueryCollection query)
    {
        var entries = new List<Entry>();
        foreach (var (name, values) in query)
        {
            foreach (var value in values)
            {
                if (value is not null)
                {
                    entries.Add(new Entry(name, default, value));
                }
            }
        }

        return entries;
    }

    private static List<Entry> FromParametersResource(byte[] body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FhirOperationException(400, "structure", $"The body is not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of that line.");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "Parameters")
        {
            throw new FhirOperationException(400, "invalid", "The body of an operation POST must be a Parameters resource (resourceType 'Parameters').", "resourceType");
        }

        return ReadParameterArray(root);
    }

    private static List<Entry> ReadParameterArray(JsonElement parameters)
    {
        var entries = new List<Entry>();
        if (!parameters.TryGetProperty("parameter", out var array))
        {
            return entries;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FhirOperationException(400, "structure", "Parameters.parameter must be an array.", "Parameters.parameter");
        }

        var index = 0;
        foreach (var parameter in array.EnumerateArray())
        {
            if (parameter.ValueKind != JsonValueKind.Object || !parameter.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            {
                throw new FhirOperationException(400, "structure", $"Parameters.parameter[{index}] must be an object with a name.", $"Parameters.parameter[{index}]");
            }

            entries.Add(new Entry(name.GetString()!, parameter, null));
            index++;
        }

        return entries;
    }

    private static string Clip(string text) => text.Length <= 64 ? text : text[..64] + "…";

    private sealed record Entry(string Name, JsonElement Element, string? Text);
}
