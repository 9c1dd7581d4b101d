using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>
/// A coding translator that reports the served version (a content fingerprint) instead of the vocabulary's own
/// <c>dct:modified</c> date, which does not change with every edit.
/// </summary>
internal sealed class VersionedCodingTranslator(ICodingTranslator inner, string version) : ICodingTranslator
{
    public string VocabularyVersion { get; } = version;

    public bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem) =>
        inner.TryResolveSystem(systemOrKey, out canonicalSystem);

    public CodingTranslation Translate(string system, string code, string targetSystem) => inner.Translate(system, code, targetSystem);
}
