using System.Runtime.InteropServices;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Limits the C library's malloc arenas on Linux (glibc) to two, at the very start of the
/// process. glibc gives threads that allocate at once arenas of their own, up to eight per core;
/// SQLite's page caches allocate and free from every request thread, and in a 15-minute soak the
/// portal's memory outside the .NET heap grew by 25 MB and kept growing, where with two arenas
/// it grew by 5 MB and levelled off (docs/performance.md, decision 0082). Setting
/// <c>MALLOC_ARENA_MAX</c> in the environment chooses another number: glibc reads it before
/// any code runs, and then it is left alone here. Elsewhere (Windows, macOS, musl) nothing is done.
/// </summary>
public static class MallocArenas
{
    public const int Limit = 2;

    // glibc's mallopt parameter for the largest number of arenas (malloc.h).
    private const int ArenaMax = -8;

    /// <summary>What was done, for the start-up log.</summary>
    public static string Outcome { get; private set; } = "not set";

    /// <summary>Sets the limit unless the environment chose one; true when glibc took it.</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            Outcome = "not Linux: left to the system";
            return false;
        }

        if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is { Length: > 0 } chosen)
        {
            Outcome = $"MALLOC_ARENA_MAX={chosen} from the environment";
            return false;
        }

        try
        {
            var applied = Mallopt(ArenaMax, Limit) == 1;
            Outcome = applied ? $"limited to {Limit}" : "the C library did not take the limit";
            return applied;
        }
        catch (EntryPointNotFoundException)
        {
            Outcome = "the C library has no mallopt";
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int param, int value);
}
