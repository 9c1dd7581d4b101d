using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ToekomstZorg.Semantics.TestSupport;

/// <summary>
/// Validates documents against the official FHIR R4 JSON schema with a validator we did not write: Debian's
/// python3-jsonschema (Draft 6), in one long-lived python process shared by all tests (the 3 MB schema is
/// loaded once), fed over stdin by <c>Schema/validate_fhir.py</c> in the test assembly's directory. The script lives in
/// <c>tests/ToekomstZorg.Semantics.Fhir.Tests/Schema/</c> (the benchmark scripts import it from there); each test project
/// that compiles this file in copies it to <c>Schema/</c> of its output.
/// </summary>
internal static class FhirSchemaValidator
{
    private static readonly object Gate = new();
    private static Process? _process;

    public static (bool Valid, IReadOnlyList<string> Errors) Validate(ReadOnlySpan<byte> json)
    {
        var resourceType = ReadResourceType(json);
        lock (Gate)
        {
            var process = _process ??= Start();
            var stdin = process.StandardInput.BaseStream;
            stdin.Write(Encoding.ASCII.GetBytes($"{resourceType} {json.Length}\n"));
            stdin.Write(json);
            stdin.Flush();
            var line = process.StandardOutput.ReadLine()
                ?? throw new InvalidOperationException("The schema validator stopped: " + process.StandardError.ReadToEnd());
            using var answer = JsonDocument.Parse(line);
            var errors = answer.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
            return (answer.RootElement.GetProperty("valid").GetBoolean(), errors);
        }
    }

    public static void ShouldBeValidFhir(this ReadOnlyMemory<byte> json) => ShouldBeValidFhir(json.Span);

    public static void ShouldBeValidFhir(this byte[] json) => ShouldBeValidFhir(json.AsSpan());

    public static void ShouldBeValidFhir(ReadOnlySpan<byte> json)
    {
        var (_, reported) = Validate(json);

        // The official R4 JSON schema's FHIRVersion enum stops at 4.0.0: it was generated before the 4.0.1 technical
        // correction, whose own FHIRVersion value set does list 4.0.1, the version R4 servers declare. Only that one
        // known defect is forgiven; every other error fails the test.
        var document = json.ToArray();
        var errors = reported.Where(e => !e.StartsWith("fhirVersion: '4.0.1' is not one of", StringComparison.Ordinal) && !IsFhirVersionDefectInEntry(document, e)).ToArray();
        var valid = errors.Length == 0;
        valid.Should().BeTrue("the FHIR R4 JSON schema (python3-jsonschema) reports: " + string.Join("; ", errors));
    }

    // Inside a Bundle the schema's oneOf over resource types hides the reason ("entry/N/resource: {...} is not valid
    // under any of the given schemas"): the entry's resource is checked alone, and forgiven only if the fhirVersion
    // defect above is all that is wrong with it (a StructureDefinition declares fhirVersion 4.0.1).
    private static bool IsFhirVersionDefectInEntry(byte[] json, string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"^entry/(\d+)/resource: ");
        if (!match.Success)
        {
            return false;
        }

        var entry = System.Text.Json.Nodes.JsonNode.Parse(json)?["entry"]?[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]?["resource"];
        if (entry is null)
        {
            return false;
        }

        var (_, alone) = Validate(Encoding.UTF8.GetBytes(entry.ToJsonString()));
        return alone.Count > 0 && alone.All(e => e.StartsWith("fhirVersion: '4.0.1' is not one of", StringComparison.Ordinal));
    }

    private static string ReadResourceType(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("resourceType"u8) && reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        var type = reader.GetString()!;
                        return type.All(char.IsAsciiLetter) && type.Length > 0 ? type : "Unknown";
                    }

                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
        }

        return "Unknown";
    }

    private static Process Start()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Schema", "validate_fhir.py");
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(RepositoryPaths.FhirSchema);
        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.StandardInput.Close();
                process.WaitForExit(2000);
            }
            catch (InvalidOperationException)
            {
            }
        };
        return process;
    }
}
