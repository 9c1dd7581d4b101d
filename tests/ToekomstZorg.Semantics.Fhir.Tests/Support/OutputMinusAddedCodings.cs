using System.Text.Json;
using System.Text.Json.Nodes;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>
/// The preservation property, checked independently of the translator's own report: walking input and output in
/// parallel, every object has the same members in the same order, every number has the same spelling, every string
/// the same value, and every <c>coding</c> array differs only by written codings. ADD: the output array is the input
/// array plus trailing target-system codings. REPLACE: each translated coding became k codings (k from the fake
/// vocabulary) that each carry the input coding, unchanged, in the original-coding extension.
/// </summary>
internal static class OutputMinusAddedCodings
{
    public static void ShouldEqualInput(byte[] input, ReadOnlyMemory<byte> output, string targetSystem, TranslationMode mode, FakeCodingTranslator fake)
    {
        var inputNode = JsonNode.Parse(input);
        var outputNode = JsonNode.Parse(output.Span);
        var difference = Compare(inputNode, outputNode, "$", targetSystem, mode, fake);
        difference.Should().BeNull();
    }

    private static string? Compare(JsonNode? input, JsonNode? output, string at, string target, TranslationMode mode, FakeCodingTranslator fake)
    {
        switch (input)
        {
            case null:
                return output is null ? null : $"{at}: null became {output.GetValueKind()}";
            case JsonObject inputObject:
                if (output is not JsonObject outputObject)
                {
                    return $"{at}: object became {output?.GetValueKind()}";
                }

                var inputMembers = inputObject.ToArray();
                var outputMembers = outputObject.ToArray();
                if (!inputMembers.Select(m => m.Key).SequenceEqual(outputMembers.Select(m => m.Key)))
                {
                    return $"{at}: members [{string.Join(",", inputMembers.Select(m => m.Key))}] became [{string.Join(",", outputMembers.Select(m => m.Key))}]";
                }

                for (var i = 0; i < inputMembers.Length; i++)
                {
                    var (name, value) = inputMembers[i];
                    var difference = name == "coding" && value is JsonArray inArray && outputMembers[i].Value is JsonArray outArray
                        ? CompareCodings(inArray, outArray, $"{at}.coding", target, mode, fake)
                        : Compare(value, outputMembers[i].Value, $"{at}.{name}", target, mode, fake);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray inputArray:
                if (output is not JsonArray outputArray || outputArray.Count != inputArray.Count)
                {
                    return $"{at}: array changed length or kind";
                }

                for (var i = 0; i < inputArray.Count; i++)
                {
                    if (Compare(inputArray[i], outputArray[i], $"{at}[{i}]", target, mode, fake) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return CompareValues((JsonValue)input, output, at);
        }
    }

    private static string? CompareCodings(JsonArray input, JsonArray output, string at, string target, TranslationMode mode, FakeCodingTranslator fake)
    {
        var j = 0;
        for (var i = 0; i < input.Count; i++)
        {
            var source = input[i];
            var k = source is JsonObject coding ? fake.MatchCount(StringOf(coding, "system"), StringOf(coding, "code"), target) : 0;
            if (mode == TranslationMode.Replace && k > 0)
            {
                for (var t = 0; t < k; t++, j++)
                {
                    if (j >= output.Count || output[j] is not JsonObject written)
                    {
                        return $"{at}[{i}]: replacement {t} missing";
                    }

                    var extension = written["extension"]?.AsArray().FirstOrDefault(e => StringOf(e as JsonObject, "url") == FhirExtensionUrls.OriginalCoding);
                    if (StringOf(written, "system") != target || extension is null)
                    {
                        return $"{at}[{i}]: replacement {t} is not a target coding with the original";
                    }

                    if (Compare(source, extension["valueCoding"], $"{at}[{i}](original)", target, mode, fake) is { } difference)
                    {
                        return difference;
                    }
                }

                continue;
            }

            if (j >= output.Count)
            {
                return $"{at}[{i}]: missing in output";
            }

            if (Compare(source, output[j], $"{at}[{i}]", target, mode, fake) is { } kept)
            {
                return kept;
            }

            j++;
        }

        // What is left was written by ADD: target codings, userSelected false.
        for (; j < output.Count; j++)
        {
            if (mode == TranslationMode.Replace || output[j] is not JsonObject added
                || StringOf(added, "system") != target || added["userSelected"]?.GetValue<bool>() != false)
            {
                return $"{at}[{j}]: unexpected extra coding {output[j]?.ToJsonString()}";
            }
        }

        return null;
    }

    private static string? CompareValues(JsonValue input, JsonNode? output, string at)
    {
        if (output is not JsonValue outputValue || input.GetValueKind() != outputValue.GetValueKind())
        {
            return $"{at}: value kind changed";
        }

        return input.GetValueKind() switch
        {
            JsonValueKind.String => input.GetValue<string>() == outputValue.GetValue<string>() ? null : $"{at}: string changed",
            // Raw number text: 1.50 must stay 1.50, 1e3 stay 1e3.
            _ => input.ToJsonString() == outputValue.ToJsonString() ? null : $"{at}: {input.ToJsonString()} became {outputValue.ToJsonString()}",
        };
    }

    private static string? StringOf(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
