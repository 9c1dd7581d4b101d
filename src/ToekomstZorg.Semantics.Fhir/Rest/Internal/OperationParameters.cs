using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>
/// The input parameters of a FHIR operation (http://hl7.org/fhir/R4/operations.html#request): the query string of a GET
/// (text, typed on access; a Coding may be written <c>system|code</c>) and the Parameters resource of a POST (read by
/// Firely's deserializer, <see cref="ParametersBody"/>), whose query parameters count too. An error names the parameter.
/// </summary>
internal sealed class OperationParameters
{
    // The general query parameters of http://hl7.org/fhir/R4/http.html#parameters that are not operation inputs.
    private static readonly string[] GeneralParameters = ["_format", "_pretty"];

    private readonly List<Entry> _entries;

    private OperationParameters(List<Entry> entries) => _entries = entries;

    /// <summary>
    /// Reads the parameters of <paramref name="request"/> for <paramref name="signature"/>: an alias (a name Firely's typed
    /// parameters send) becomes its R4 name, and a parameter the operation does not know is a 400 that names it and lists
    /// the known ones (never silently ignored).
    /// </summary>
    public static OperationParameters Read(FhirRestRequest request, OperationSignature signature)
    {
        var entries = FromQuery(request.Query);
        if (request.Body is { } body)
        {
            foreach (var component in ParametersBody.Read(body, request.BodyFormat).Parameter)
            {
                entries.Add(new Entry(component.Name ?? string.Empty, component, null));
            }
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
                throw FhirRestOutcome.Error(
                    HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported,
                    $"Parameter '{FhirRestOutcome.Clip(name)}' is not a parameter of {signature.Operation} on this server; known: {string.Join(", ", signature.Parameters)}.",
                    name);
            }
        }

        return new OperationParameters(entries);
    }

    /// <summary>The parameters of a query, unchecked (search, metadata).</summary>
    public static OperationParameters OfQuery(IReadOnlyList<KeyValuePair<string, string>> query) => new(FromQuery(query));

    /// <summary>Whether any parameter of that name was given.</summary>
    public bool Has(string name) => _entries.Exists(e => e.Name == name);

    /// <summary>A 0..1 parameter with a string-like value (string, code, uri, canonical, id, ...).</summary>
    public string? String(string name)
    {
        var entry = Single(name);
        return entry is null ? null
            : entry.Text is not null ? entry.Text
            : entry.Component!.Value is PrimitiveType { JsonValue: string value } ? value
            : throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a string value (valueString, valueCode, valueUri, ...).");
    }

    /// <summary>Every value of a 0..* string-like parameter (a GET value may list several, comma-separated).</summary>
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
            }
            else
            {
                values.Add(entry.Component!.Value is PrimitiveType { JsonValue: string value }
                    ? value
                    : throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a string value."));
            }
        }

        return values;
    }

    /// <summary>A 0..1 boolean parameter.</summary>
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
                _ => throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must be true or false, not '{FhirRestOutcome.Clip(entry.Text)}'."),
            };
        }

        return entry.Component!.Value is FhirBoolean { Value: { } value }
            ? value
            : throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a valueBoolean.");
    }

    /// <summary>A 0..1 non-negative integer parameter.</summary>
    public int? Integer(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Text is not null)
        {
            return int.TryParse(entry.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must be a non-negative integer, not '{FhirRestOutcome.Clip(entry.Text)}'.");
        }

        return entry.Component!.Value switch
        {
            Hl7.Fhir.Model.Integer { Value: { } value } when value >= 0 => value,
            UnsignedInt { Value: { } value } => value,
            PositiveInt { Value: { } value } => value,
            _ => throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a non-negative valueInteger."),
        };
    }

    /// <summary>A 0..1 Coding parameter (<c>valueCoding</c>; on a GET <c>system|code</c>).</summary>
    public Coding? Coding(string name)
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
                ? new Coding(entry.Text[..bar], entry.Text[(bar + 1)..])
                : throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must be written system|code on a GET.");
        }

        return entry.Component!.Value as Coding ?? throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a valueCoding.");
    }

    /// <summary>The codings of a 0..1 CodeableConcept parameter (POST only).</summary>
    public IReadOnlyList<Coding>? CodeableConcept(string name)
    {
        var entry = Single(name);
        if (entry is null)
        {
            return null;
        }

        return entry.Component?.Value is CodeableConcept concept
            ? concept.Coding
            : throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a valueCodeableConcept (POST Parameters only).");
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
                    throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' may occur at most once.");
                }

                found = entry;
            }
        }

        return found;
    }

    private static List<Entry> FromQuery(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var entries = new List<Entry>(query.Count);
        foreach (var (name, value) in query)
        {
            entries.Add(new Entry(name, null, value));
        }

        return entries;
    }

    // Exactly one of Component (a POST parameter) and Text (a query value) is set.
    private sealed record Entry(string Name, Parameters.ParameterComponent? Component, string? Text);
}
