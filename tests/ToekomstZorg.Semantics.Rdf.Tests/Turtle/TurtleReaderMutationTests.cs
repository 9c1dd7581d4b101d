using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Tests.Conformance;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Turtle;

/// <summary>Damaged documents: whatever the bytes, the readers either read them or throw <see cref="RdfSyntaxException"/>.</summary>
public sealed class TurtleReaderMutationTests
{
    private static readonly byte[] Noise = "<>\"'\\:._#@^[](),;\n\r\t 0eE+-uU%~aé"u8.ToArray().Concat(new byte[] { 0xC3, 0xFF, 0x80, 0xF0 }).ToArray();

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_MutatedDocuments_FailOnlyWithSyntaxErrors(int seed)
    {
        var random = new Random(seed);
        var sources = W3cManifest.Turtle.Entries.Where(e => e.Kind == "TestTurtleEval").Select(e => File.ReadAllBytes(e.ActionPath))
            .Append(Encoding.UTF8.GetBytes(RandomTurtleDocument.Create(seed, 8).Text))
            .ToList();

        for (var round = 0; round < 150; round++)
        {
            var document = Mutate(random, sources[random.Next(sources.Count)]);

            AssertReadOrSyntaxError(() => new TurtleReader(new RdfReaderOptions { BaseIri = "http://e/" }).Read(document, new TripleCollector()), document);
            AssertReadOrSyntaxError(() => Parse.TurtleInChunks(document, 1 + random.Next(7)), document);
            AssertReadOrSyntaxError(() => new NTriplesReader().Read(document, new TripleCollector()), document);
            AssertReadOrSyntaxError(() => new TurtleReader(new RdfReaderOptions { BaseIri = "http://e/", SyntaxErrorHandler = _ => { } }).Read(document, new TripleCollector()), document);
        }
    }

    private static byte[] Mutate(Random random, byte[] source)
    {
        var bytes = source.ToList();
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                case 1 when at < bytes.Count:
                    bytes[at] = Noise[random.Next(Noise.Length)];
                    break;
                default:
                    bytes.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }

    private static void AssertReadOrSyntaxError(Action read, byte[] document)
    {
        try
        {
            read();
        }
        catch (RdfSyntaxException)
        {
        }
        catch (Exception other)
        {
            throw new Xunit.Sdk.XunitException($"{other.GetType().Name} instead of a syntax error on:\n{Encoding.UTF8.GetString(document)}\n{other}");
        }
    }
}
