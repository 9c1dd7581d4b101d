using System.Text.Json;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>The JSON lines of one probe run: messages, then a status line.</summary>
internal sealed record ProbeResult(IReadOnlyList<JsonElement> Lines, string StandardError)
{
    public IReadOnlyList<JsonElement> Messages => Lines.Where(l => l.TryGetProperty("message", out _)).Select(l => l.GetProperty("message")).ToList();

    public JsonElement Message => Messages.Should().ContainSingle($"one message expected; {this}").Subject;

    public string Status => StatusLine.GetProperty("status").GetString()!;

    public string Details => StatusLine.GetProperty("details").GetString()!;

    private JsonElement StatusLine => Lines.Last(l => l.TryGetProperty("status", out _));

    public override string ToString() => string.Join("\n", Lines.Select(l => l.ToString())) + "\n" + StandardError;
}
