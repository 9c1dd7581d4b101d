using System.CommandLine;
using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Cli.Commands;

/// <summary>
/// <c>tzsem convert [--from turtle|ntriples] [--to ntriples|turtle] [--base IRI] [--object-lists] FILE|-</c>: rewrites an RDF
/// document to standard output. To N-Triples the reader streams straight into the writer (memory does not
/// grow with the file); to Turtle the document is loaded into a graph first, since grouping and sorting
/// need all of it.
/// </summary>
internal sealed class ConvertCommand : Command
{
    private readonly CliConsole _console;

    private readonly Option<string?> _from = new("--from")
    {
        Description = "Input syntax (default: from the file extension, .ttl or .nt; standard input is Turtle)",
    };

    private readonly Option<string> _to = new("--to")
    {
        Description = "Output syntax",
        DefaultValueFactory = _ => "ntriples",
    };

    private readonly Option<string?> _base = new("--base")
    {
        Description = "Base IRI for relative IRIs (default: the file's file: URI)",
        HelpName = "IRI",
    };

    private readonly Option<bool> _objectLists = new("--object-lists")
    {
        Description = "With --to turtle: write several objects of one predicate as one ','-separated list (default: one triple per line, so any one-triple change is a one-line diff)",
    };

    private readonly Argument<string> _file = new("FILE")
    {
        Description = "The document to convert, or - for standard input",
    };

    public ConvertCommand(CliConsole console)
        : base("convert", "Convert an RDF document between Turtle and N-Triples, writing to standard output")
    {
        _console = console;
        _from.AcceptOnlyFromAmong(SyntaxNames.Turtle, SyntaxNames.NTriples);
        _to.AcceptOnlyFromAmong(SyntaxNames.Turtle, SyntaxNames.NTriples);
        _base.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                result.AddError($"--base must be an absolute IRI, not '{value}'.");
            }
        });
        Options.Add(_from);
        Options.Add(_to);
        Options.Add(_base);
        Options.Add(_objectLists);
        Arguments.Add(_file);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var input = RdfInput.Create(
            parseResult.GetValue(_file)!,
            SyntaxNames.Parse(parseResult.GetValue(_from)),
            parseResult.GetValue(_base));

        if (SyntaxNames.Parse(parseResult.GetValue(_to)) == RdfSyntax.NTriples)
        {
            using var writer = new NTriplesWriter(_console.Output, leaveOpen: true);
            input.ReadInto(_console, writer);
        }
        else
        {
            var graph = input.LoadGraph(_console);
            new TurtleWriter(new TurtleWriterOptions { ObjectLists = parseResult.GetValue(_objectLists) }).Write(graph, _console.Output);
        }

        return ExitCodes.Success;
    }
}
