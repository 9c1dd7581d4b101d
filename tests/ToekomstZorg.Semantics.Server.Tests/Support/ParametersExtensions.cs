using System.Text.Json;

namespace ToekomstZorg.Semantics.Server.Tests.Support;

/// <summary>Reading FHIR Parameters parameters and parts.</summary>
internal static class ParametersExtensions
{
    /// <summary>The value[x] of a parameter or part (whatever its type).</summary>
    public static JsonElement Value(this JsonElement parameter)
    {
        foreach (var property in parameter.EnumerateObject())
        {
            if (property.Name.StartsWith("value", StringComparison.Ordinal) || property.Name == "resource")
            {
                return property.Value;
            }
        }

        throw new InvalidOperationException("parameter without value: " + parameter);
    }

    public static JsonElement Part(this JsonElement parameter, string name) =>
        parameter.GetProperty("part").EnumerateArray().First(p => p.GetProperty("name").GetString() == name);

    public static IEnumerable<JsonElement> Parts(this JsonElement parameter, string name) =>
        parameter.GetProperty("part").EnumerateArray().Where(p => p.GetProperty("name").GetString() == name);
}
