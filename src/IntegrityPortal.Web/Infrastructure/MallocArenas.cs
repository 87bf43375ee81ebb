using System.Runtime.InteropServices;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Whether the C library's malloc arenas are limited, as decision 0082 asks of a Linux
/// deployment. glibc gives threads that allocate at once arenas of their own, up to eight per
/// core; SQLite's page caches allocate and free from every request thread, and in 15-minute
/// soaks the portal's memory outside the .NET heap kept growing (+23 to +25 MB) with glibc's
/// default, and levelled off (+5 MB) with <c>MALLOC_ARENA_MAX=2</c>. Only the environment can
/// set it: glibc works out the limit once, when a thread first needs an extra arena, and the
/// runtime's own threads run before the portal's code; a <c>mallopt</c> call at start-up came
/// too late (the soak grew as without it). The portal therefore checks, and warns at start-up.
/// </summary>
public static class MallocArenas
{
    /// <summary>The start-up warning when the limit is missing on glibc, or null.</summary>
    public static string? Warning(string? arenaMax) =>
        OperatingSystem.IsLinux() && string.IsNullOrWhiteSpace(arenaMax) && IsGlibc()
            ? "MALLOC_ARENA_MAX is not set: set it to 2 in the portal's environment, or memory outside the .NET heap grows under load (docs/deployment.md, decision 0082)"
            : null;

    private static bool IsGlibc()
    {
        try
        {
            return GnuLibcVersion() != IntPtr.Zero;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "gnu_get_libc_version")]
    private static extern IntPtr GnuLibcVersion();
}
