using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// The site's URL layout. A concept lives at <c>/{scheme key}/{code}</c>, the path part of its IRI
/// (<c>https://w3id.org/toekomstzorg/kern/zorgcoordinatie</c>); the same path with <c>.ttl</c>, <c>.nt</c>,
/// <c>.jsonld</c> or <c>.html</c> names one representation (for static hosting).
/// </summary>
internal static class SitePaths
{
    public const string Home = "/";
    public const string Search = "/zoeken";
    public const string Translate = "/vertalen";
    public const string Crosswalks = "/kruistabel";
    public const string FalseFriends = "/valse-vrienden";
    public const string Context = "/context.jsonld";
    public const string Style = "/site.css";

    /// <summary>The release notes the server kept over its reloads (served mode only); one note at <c>/releases/{version}</c>.</summary>
    public const string Releases = "/releases";
    public const string Script = "/site.js";

    /// <summary>The whole vocabulary as RDF: <c>/index.ttl</c> and friends (what <c>/</c> negotiates to).</summary>
    public const string VocabularyStem = "/index";

    public static string Scheme(ConceptScheme scheme) => "/" + Uri.EscapeDataString(scheme.Key);

    public static string Concept(Concept concept) =>
        "/" + Uri.EscapeDataString(concept.Scheme.Key) + "/" + Uri.EscapeDataString(concept.Code);

    public static string Release(string version) => Releases + "/" + Uri.EscapeDataString(version);

    /// <summary>The site path of a concept a diff names (scheme key and code as in the version it comes from).</summary>
    public static string Concept(ToekomstZorg.Semantics.Vocabulary.Diff.DiffConcept concept) =>
        "/" + Uri.EscapeDataString(concept.Scheme) + "/" + Uri.EscapeDataString(concept.Code);

    public static string Crosswalk(Concept core) => Crosswalks + "/" + Uri.EscapeDataString(core.Code);

    public static string WithQuery(string path, params ReadOnlySpan<(string Name, string Value)> parameters)
    {
        var query = new System.Text.StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            query.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return query.ToString();
    }
}
