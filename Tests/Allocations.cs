namespace Shortfall.Tests;

/// <summary>What a piece of code allocates: for the tests that a steady state allocates nothing.</summary>
internal static class Allocations
{
    /// <summary>The bytes the current thread allocates while <paramref name="action"/> runs (the delegate itself is made before).</summary>
    public static long During(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
