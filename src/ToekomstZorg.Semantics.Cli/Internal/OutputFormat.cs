using System.CommandLine;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary><c>--format text|json</c>: readable for a curator, or JSON for scripts.</summary>
internal static class OutputFormat
{
    public const string Text = "text";

    public const string Json = "json";

    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text (for people) or json (for scripts)",
            DefaultValueFactory = _ => Text,
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }
}
