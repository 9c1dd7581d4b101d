namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// The mutable state of one translation: what the walker found and what it will change. One per call, rented per
/// thread (<see cref="Rent"/>/<see cref="Return"/>) so that a translation allocates no lists, stack or buffers of its
/// own: only what the result keeps.
/// </summary>
internal sealed class TranslationRun
{
    // A run that grew past these (a Bundle with thousands of codings) is left to the GC instead of being kept.
    private const int MaxRetainedItems = 1024;
    private const int MaxRetainedScratchBytes = 64 * 1024;

    [ThreadStatic]
    private static TranslationRun? t_idle;

    private string? _resolvedInput;
    private string? _resolvedSystem;

    private TranslationRun()
    {
    }

    public TranslationCache Cache { get; private set; } = null!;

    public string TargetSystem { get; private set; } = string.Empty;

    public TranslationMode Mode { get; private set; }

    public int MaxDepth { get; private set; }

    public string RootType { get; set; } = "Resource";

    public FhirPathStack Path { get; } = new();

    public LineCursor Lines { get; } = new();

    /// <summary>Scratch buffer for building one edit's bytes (copied out into the edit).</summary>
    public System.Buffers.ArrayBufferWriter<byte> Scratch { get; } = new(512);

    /// <summary>The last decoded <c>Coding.system</c> and its raw bytes: systems repeat, so most are not decoded again.</summary>
    public string? LastSystem { get; set; }

    public byte[] LastSystemUtf8 { get; set; } = [];

    /// <summary>Bytes skipped before the walked input (a UTF-8 BOM), added to reported offsets.</summary>
    public int OffsetBias { get; private set; }

    public List<CodingReport> Reports { get; } = new(16);

    public List<ByteEdit> Edits { get; } = new(8);

    /// <summary>Coding slots of the <c>coding</c> arrays being walked, used as a stack (nested arrays push above).</summary>
    public List<CodingSlot> Slots { get; } = new(16);

    /// <summary>The (system, code) pairs of the one <c>coding</c> array being rewritten in ADD mode.</summary>
    public List<(string System, string Code)> Present { get; } = new(16);

    /// <summary>A run for one translation: the thread's idle one, or a new one.</summary>
    public static TranslationRun Rent(TranslationCache cache, string targetSystem, TranslationMode mode, int maxDepth, int offsetBias)
    {
        var run = t_idle ?? new TranslationRun();
        t_idle = null;
        run.Cache = cache;
        run.TargetSystem = targetSystem;
        run.Mode = mode;
        run.MaxDepth = maxDepth;
        run.OffsetBias = offsetBias;
        return run;
    }

    /// <summary>
    /// The canonical system of <paramref name="system"/> (<see cref="TranslationCache.ResolveSystem"/>); the walker
    /// hands the same string instance for a repeated system (<see cref="LastSystem"/>), so a repeat costs no lookup.
    /// </summary>
    public string? ResolveSystem(string system)
    {
        if (!ReferenceEquals(system, _resolvedInput))
        {
            _resolvedSystem = Cache.ResolveSystem(system);
            _resolvedInput = system;
        }

        return _resolvedSystem;
    }

    /// <summary>
    /// Forgets everything read from the resource (lists and buffers are zeroed: a care plan is personal health data) and
    /// the vocabulary (an old version must not be kept alive), and keeps the run for the thread's next translation.
    /// </summary>
    public void Return()
    {
        Reports.Clear();
        Edits.Clear();
        Slots.Clear();
        Present.Clear();
        Path.Clear();
        Lines.Reset();
        Scratch.ResetWrittenCount();
        Scratch.GetSpan().Clear();
        (LastSystem, LastSystemUtf8, _resolvedInput, _resolvedSystem) = (null, [], null, null);
        (Cache, TargetSystem, RootType) = (null!, string.Empty, "Resource");
        if (Reports.Capacity <= MaxRetainedItems && Edits.Capacity <= MaxRetainedItems && Slots.Capacity <= MaxRetainedItems
            && Present.Capacity <= MaxRetainedItems && Scratch.Capacity <= MaxRetainedScratchBytes)
        {
            t_idle = this;
        }
    }
}
