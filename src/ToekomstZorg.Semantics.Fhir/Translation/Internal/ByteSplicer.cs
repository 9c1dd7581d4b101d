namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>Applies non-overlapping byte edits to the input in one copy.</summary>
internal static class ByteSplicer
{
    public static byte[] Apply(ReadOnlySpan<byte> input, List<ByteEdit> edits)
    {
        if (edits.Count == 0)
        {
            return input.ToArray();
        }

        edits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var length = input.Length;
        foreach (var edit in edits)
        {
            length += edit.Replacement.Length - (edit.End - edit.Start);
        }

        var output = new byte[length];
        var source = 0;
        var target = 0;
        foreach (var edit in edits)
        {
            var kept = input[source..edit.Start];
            kept.CopyTo(output.AsSpan(target));
            target += kept.Length;
            edit.Replacement.CopyTo(output.AsSpan(target));
            target += edit.Replacement.Length;
            source = edit.End;
        }

        input[source..].CopyTo(output.AsSpan(target));
        return output;
    }
}
