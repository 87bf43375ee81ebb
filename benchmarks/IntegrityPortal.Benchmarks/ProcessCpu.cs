namespace IntegrityPortal.Benchmarks;

/// <summary>
/// The CPU time a process has used, from /proc (Linux). Throughput on a machine shared with the
/// load driver moves by 10–25% between runs; the portal's CPU per request is steadier, so it is
/// the figure to compare when changing one page.
/// </summary>
internal static class ProcessCpu
{
    // /proc/<pid>/stat counts in clock ticks of 1/100 s (USER_HZ) on every Linux that .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>User and system seconds used so far, or null without a process to read.</summary>
    public static double? Seconds(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (pid == 0 || !File.Exists(path))
        {
            return null;
        }

        // The command name (field 2) may hold spaces; the fields after its closing bracket are fixed.
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }
}
