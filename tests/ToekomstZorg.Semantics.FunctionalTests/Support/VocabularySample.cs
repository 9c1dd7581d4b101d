using System.Text.Json;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>
/// Codes picked from whatever vocabulary the repository holds right now (its content grows during development), through
/// the service itself: the schemes, and per scheme its concepts.
/// </summary>
internal sealed record VocabularySample(string Version, IReadOnlyList<(string System, string Key, int Count)> Schemes, IReadOnlyDictionary<string, IReadOnlyList<string>> Codes)
{
    public static async Task<VocabularySample> ReadAsync(string target)
    {
        var list = await PythonGrpc.RunAsync(target, "unary", Services.Terminology, "ListSchemes", "{}");
        var version = list.Message.GetProperty("vocabulary_version").GetString()!;
        var schemes = list.Message.GetProperty("schemes").EnumerateArray()
            .Select(s => (s.GetProperty("system").GetString()!, s.GetProperty("key").GetString()!, s.TryGetProperty("concept_count", out var c) ? c.GetInt32() : 0))
            .ToList();
        var codes = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (system, key, _) in schemes)
        {
            var expand = await PythonGrpc.RunAsync(target, "server_stream", Services.Terminology, "Expand",
                JsonSerializer.Serialize(new { system = key, include_deprecated = true }));
            codes[system] = expand.Messages.Select(m => m.GetProperty("code").GetString()!).ToList();
        }

        return new VocabularySample(version, schemes, codes);
    }

    public (string System, string Code) AnyConcept()
    {
        var system = Schemes.First(s => Codes[s.System].Count > 0).System;
        return (system, Codes[system][0]);
    }
}
