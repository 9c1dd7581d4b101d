using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// Entries of a FHIR R4 Parameters resource (http://hl7.org/fhir/R4/parameters.html): <c>{"name": ..., "value[x]": ...}</c>
/// or <c>{"name": ..., "part": [...]}</c>.
/// </summary>
internal static class ParametersWriter
{
    public static void WriteStartParameters(this Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("resourceType", "Parameters");
        writer.WriteStartArray("parameter");
    }

    public static void WriteEndParameters(this Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A primitive parameter: <paramref name="valueProperty"/> is e.g. <c>valueString</c>, <c>valueCode</c>, <c>valueUri</c>.</summary>
    public static void WriteParameter(this Utf8JsonWriter writer, string name, string valueProperty, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString(valueProperty, value);
        writer.WriteEndObject();
    }

    public static void WriteBooleanParameter(this Utf8JsonWriter writer, string name, bool value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteBoolean("valueBoolean", value);
        writer.WriteEndObject();
    }

    public static void WriteIntegerParameter(this Utf8JsonWriter writer, string name, int value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteNumber("valueInteger", value);
        writer.WriteEndObject();
    }

    public static void WriteCodingParameter(this Utf8JsonWriter writer, string name, string system, string code, string? display)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteStartObject("valueCoding");
        writer.WriteString("system", system);
        writer.WriteString("code", code);
        writer.WriteStringIfAny("display", display);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Starts a parameter with parts; close it with <see cref="WriteEndPartParameter"/>.</summary>
    public static void WriteStartPartParameter(this Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteStartArray("part");
    }

    public static void WriteEndPartParameter(this Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
