namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>The mutable state of one translation: what the walker found and what it will change. One per call.</summary>
internal sealed class TranslationRun
{
    public TranslationRun(TranslationCache cache, string targetSystem, TranslationMode mode, int maxDepth)
    {
        Cache = cache;
        TargetSystem = targetSystem;
        Mode = mode;
        MaxDepth = maxDepth;
    }

    public TranslationCache Cache { get; }

    public string TargetSystem { get; }

    public TranslationMode Mode { get; }

    public int MaxDepth { get; }

    public string RootType { get; set; } = "Resource";

    public FhirPathStack Path { get; } = new();

    public LineCursor Lines { get; } = new();

    /// <summary>Scratch buffer for building one edit's bytes (copied out into the edit).</summary>
    public System.Buffers.ArrayBufferWriter<byte> Scratch { get; } = new(512);

    /// <summary>The last decoded <c>Coding.system</c> and its raw bytes: systems repeat, so most are not decoded again.</summary>
    public string? LastSystem { get; set; }

    public byte[] LastSystemUtf8 { get; set; } = [];

    /// <summary>Bytes skipped before the walked input (a UTF-8 BOM), added to reported offsets.</summary>
    public int OffsetBias { get; init; }

    public List<CodingReport> Reports { get; } = new(16);

    public List<ByteEdit> Edits { get; } = new(8);

    /// <summary>Coding slots of the <c>coding</c> arrays being walked, used as a stack (nested arrays push above).</summary>
    public List<CodingSlot> Slots { get; } = new(16);
}
