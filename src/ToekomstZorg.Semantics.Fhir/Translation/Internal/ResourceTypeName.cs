namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>The shape of a FHIR resource type name (an upper-case ASCII letter, then ASCII letters; at most 64).</summary>
internal static class ResourceTypeName
{
    public static bool IsValid(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty || name.Length > 64 || !char.IsAsciiLetterUpper((char)name[0]))
        {
            return false;
        }

        foreach (var b in name)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
