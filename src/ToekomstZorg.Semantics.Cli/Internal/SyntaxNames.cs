using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Cli.Internal;

/// <summary>The names commands accept for <see cref="RdfSyntax"/> values.</summary>
internal static class SyntaxNames
{
    public const string Turtle = "turtle";
    public const string NTriples = "ntriples";

    public static RdfSyntax? Parse(string? name) => name switch
    {
        null => null,
        Turtle => RdfSyntax.Turtle,
        NTriples => RdfSyntax.NTriples,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown syntax name."),
    };
}
