using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Shortfall.Analysis.Running;
using Shortfall.Tests.Integration;

namespace Shortfall.Tests.Analysis.Running;

/// <summary>Runs with the memory-scaling tests, alone: it reads the whole process's resident memory.</summary>
[Collection(nameof(MemoryScalingTests))]
public class ProcessMemoryTests
{
    private const int BlockBytes = 4096;
    private const int Blocks = 12_288;

    [GlibcFact]
    public void Trimming_returns_the_native_heaps_free_pages()
    {
        // 48 MiB in small blocks, every page written, then all freed but the last, which keeps glibc from returning them from the top.
        var blocks = new nint[Blocks];
        var ones = Enumerable.Repeat((byte)1, BlockBytes).ToArray();
        for (var i = 0; i < Blocks; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(BlockBytes);
            Marshal.Copy(ones, 0, blocks[i], BlockBytes);
        }
        for (var i = 0; i < Blocks - 1; i++)
        {
            Marshal.FreeHGlobal(blocks[i]);
        }
        try
        {
            var freed = ResidentBytes();
            Assert.True(ProcessMemory.TrimNativeHeap());
            var trimmed = ResidentBytes();
            // All 48 MiB are whole free pages; a third of them is a margin for what the runtime's own threads allocate meanwhile.
            Assert.True(freed - trimmed > 2L * Blocks * BlockBytes / 3, $"resident memory went from {freed:N0} to {trimmed:N0} bytes");
        }
        finally
        {
            Marshal.FreeHGlobal(blocks[^1]);
        }
    }

    private static long ResidentBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ',
            StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;

    /// <summary>A fact that needs glibc (Linux): skipped with the reason elsewhere, except under CI=true, whose Linux has it.</summary>
    private sealed class GlibcFactAttribute : FactAttribute
    {
        public GlibcFactAttribute([CallerMemberName] string test = "")
        {
            if (!ProcessMemory.CanTrimNativeHeap && Environment.GetEnvironmentVariable("CI") != "true")
            {
                SkippedFact.Skip(this, test, "glibc's malloc_trim is not in this process (not glibc Linux); under CI=true this test runs and fails.");
            }
        }
    }
}
