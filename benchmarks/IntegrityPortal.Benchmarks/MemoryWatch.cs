using System.Globalization;

namespace IntegrityPortal.Benchmarks;

/// <summary>The app's resident set (VmRSS, the working set on Linux), sampled from /proc.</summary>
internal sealed class MemoryWatch(int pid)
{
    private double peak;
    private long lastSample;

    public double PeakMb => Math.Max(peak, NowMb());

    public void ResetPeak() => peak = 0;

    public void Sample()
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Exchange(ref lastSample, now) >= 200)
        {
            peak = Math.Max(peak, NowMb());
        }
    }

    public double NowMb() => Field("VmRSS:");

    /// <summary>
    /// The resident set in its three parts: anonymous (the .NET heaps and SQLite's page caches),
    /// file-backed (mapped files such as the assemblies) and shared memory (SQLite's WAL index,
    /// the -shm file, which grows with the WAL). They tell which of them a growth is in.
    /// </summary>
    public (double Anonymous, double File, double Shared) PartsMb() => (Field("RssAnon:"), Field("RssFile:"), Field("RssShmem:"));

    private double Field(string name)
    {
        if (pid == 0 || !File.Exists($"/proc/{pid}/status"))
        {
            return double.NaN;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
