using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ToekomstZorg.Semantics.Fhir.Translation.Internal;

namespace ToekomstZorg.Semantics.Fhir.Tests.Translation;

public sealed class LineCursorTests
{
    [Fact]
    public void At_CompactJsonOnOneLine_CountsColumnsFromTheLineStart()
    {
        var input = Encoding.UTF8.GetBytes("{\"a\":\"zorgcoördinatie\",\"b\":1}");
        var cursor = new LineCursor();

        cursor.At(input, 1).Should().Be((1, 2));
        cursor.At(input, input.Length - 4).Should().Be((1, input.Length - 4));
        cursor.At(input, input.Length - 1).Should().Be((1, input.Length - 1));
    }

    [Fact]
    public void At_AfterNewlines_CountsLinesAndRestartsColumns()
    {
        var input = Encoding.UTF8.GetBytes("{\n  \"é\": [\n    1\n  ]\n}");
        var cursor = new LineCursor();

        cursor.At(input, 4).Should().Be((2, 3));
        cursor.At(input, Encoding.UTF8.GetByteCount("{\n  \"é\": [\n    ")).Should().Be((3, 5));
        cursor.At(input, 4).Should().Be((2, 3), "an earlier offset restarts the count");
    }

    [Fact]
    public void At_AnyTextAndOffsets_AgreesWithCountingFromTheStart()
    {
        var texts = Gen.Elements("a", "é", "\n", "ö", "😀", " ", "{", "\r\n").ArrayOf().Select(parts => string.Concat(parts));
        Prop.ForAll(texts.ToArbitrary(), Gen.Choose(0, 1000).ArrayOf().ToArbitrary(), (text, picks) =>
        {
            var input = Encoding.UTF8.GetBytes(text);
            var cursor = new LineCursor();
            foreach (var pick in picks)
            {
                var offset = input.Length == 0 ? 0 : pick % (input.Length + 1);
                if (cursor.At(input, offset) != Reference(input, offset))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static (int Line, int Column) Reference(byte[] input, int offset)
    {
        var prefix = Encoding.UTF8.GetString(input, 0, offset);
        var lineStart = prefix.LastIndexOf('\n') + 1;
        var line = prefix.Count(c => c == '\n') + 1;
        var lastLine = prefix[lineStart..];
        return (line, 1 + lastLine.EnumerateRunes().Count());
    }
}
