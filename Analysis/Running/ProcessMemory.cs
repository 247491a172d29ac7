using System.Runtime.InteropServices;

namespace Shortfall.Analysis.Running;

/// <summary>
/// Gives the operating system back the memory a long run leaves free, before a phase (the report) that allocates afresh, so that the
/// process's peak is the larger of the two phases rather than grown with replications.
/// </summary>
internal static class ProcessMemory
{
    private delegate int MallocTrim(nuint pad);

    // glibc's malloc_trim; absent elsewhere (musl, macOS, Windows), where there is nothing to call.
    private static readonly MallocTrim? Trim = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) &&
        NativeLibrary.TryGetExport(libc, "malloc_trim", out var trim) ? Marshal.GetDelegateForFunctionPointer<MallocTrim>(trim) : null;

    /// <summary>True where <see cref="TrimNativeHeap"/> can return free native memory (glibc).</summary>
    public static bool CanTrimNativeHeap => Trim is not null;

    /// <summary>Returns what the collector holds free (a compacting full collection that decommits), then the native heap's free pages.</summary>
    public static void ReturnUnused()
    {
        // The server collector sizes its budgets to the allocation rate, so the longer a run simulated, the more free memory its heap held.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
    }

    /// <summary>Asks glibc to give back every whole free page of its heaps; returns false where there is no glibc.</summary>
    /// <remarks>glibc gives pages back on its own only from the top of a heap. A run of 10,000 Onsong replications left about 3 MB more of
    /// them free and resident than a run of 1,000, which this returns; without the tiered compiler's profile-guided recompilation, which goes
    /// on for the first tens of seconds, there was no such growth (README, Per-replication tables and memory).</remarks>
    public static bool TrimNativeHeap()
    {
        if (Trim is null)
        {
            return false;
        }
        Trim(0);
        return true;
    }
}
