namespace ToekomstZorg.Semantics.Rdf.Tests.Support;

/// <summary>What <c>git diff</c> would count: lines removed and added, from a longest common subsequence.</summary>
internal static class LineDiff
{
    public static (int Removed, int Added) Count(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var common = lcs[0, 0];
        return (a.Length - common, b.Length - common);
    }
}
