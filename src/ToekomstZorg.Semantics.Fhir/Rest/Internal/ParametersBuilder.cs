using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>
/// Adds the out-parameters of an operation to a Firely <see cref="Parameters"/> (http://hl7.org/fhir/R4/parameters.html).
/// FHIR forbids empty strings, so a string-valued parameter without a value is left out.
/// </summary>
internal static class ParametersBuilder
{
    /// <summary>Adds <c>name</c> = <paramref name="value"/> unless the value is a blank string primitive.</summary>
    public static List<Parameters.ParameterComponent> AddValue(this List<Parameters.ParameterComponent> parameters, string name, DataType? value)
    {
        if (value is not null && !(value is PrimitiveType { JsonValue: string text } && string.IsNullOrWhiteSpace(text)) && !(value is PrimitiveType { JsonValue: null }))
        {
            parameters.Add(new Parameters.ParameterComponent { Name = name, Value = value });
        }

        return parameters;
    }

    /// <summary>A string value, or null for a blank string (left out).</summary>
    public static FhirString? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : new FhirString(value);

    /// <summary>A code value, or null for a blank one (left out).</summary>
    public static Code? CodeValue(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Code(value);

    /// <summary>A parameter with parts.</summary>
    public static Parameters.ParameterComponent WithParts(string name, List<Parameters.ParameterComponent> parts) => new() { Name = name, Part = parts };
}
