namespace ToekomstZorg.Semantics.Benchmarks.Site;

/// <summary>POSIX <c>struct timespec</c> on 64-bit Linux.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal struct TimeSpec
{
    public long Seconds;
    public long Nanoseconds;
}
