namespace ToekomstZorg.Semantics.Site.Export;

/// <summary>What a static export wrote.</summary>
/// <param name="Files">The number of files written.</param>
/// <param name="Bytes">Their total size.</param>
public sealed record StaticSiteExport(int Files, long Bytes);
