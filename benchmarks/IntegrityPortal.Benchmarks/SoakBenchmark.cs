using System.Diagnostics;
using System.Globalization;
using System.Text;
using IntegrityPortal.Core.Demo;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// The soak: mixed load on the running portal for a long time (30 minutes by default), to show
/// whether its memory grows. Readers loop over the list, record and report pages of four users
/// (one force's PSD, the alliance's PSD, a line manager and the inspector); writers declare
/// through the real question pages; every five minutes the largest force's whole register is
/// exported. The working set is read from /proc every 10 seconds. Writes a Markdown section: one
/// row per window (throughput, latencies, working set), and the growth from the end of the
/// first window to the end of the last.
/// </summary>
public static class SoakBenchmark
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string baseUrl, string dbPath, string outPath, int minutes, int readers, int writers)
    {
        var pid = int.Parse(Environment.GetEnvironmentVariable("BENCH_APP_PID") ?? "0", CultureInfo.InvariantCulture);
        var memory = new MemoryWatch(pid);
        var restMb = memory.NowMb();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tenYears = $"from={today.AddYears(-10):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var users = new (string User, string[] Urls)[]
        {
            ("psd.cumbria", ["/", "/Gifts/Register", "/Gifts/Register?Filter.Organisation=Org%2001", "/Gifts/Register?pageNumber=40",
                "/Gifts/Register?Sort=value-desc", "/Investigations", "/Audit", "/BusinessInterests/Psd", "/Media/Office"]),
            ("psd.warwickshire", ["/Gifts/Register", "/Gifts/Register?Filter.Review=AwaitingReview", "/Investigations", "/Audit"]),
            ("manager.cumbria", ["/", "/Gifts/Team", "/BusinessInterests/Team"]),
            ("inspector", ["/Reports/cumbria/Dashboard", $"/Reports/cumbria/Progress?{tenYears}", $"/Reports/National?{tenYears}"]),
        };
        var sessions = new List<(PortalSession Session, string[] Urls)>();
        foreach (var (user, urls) in users)
        {
            sessions.Add((await PortalSession.SignInAsync(baseUrl, user, DemoDataSeeder.Password, readers), urls));
        }

        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(minutes);
        var windows = Enumerable.Range(0, (int)Math.Ceiling(duration / Window)).Select(_ => new WindowStats()).ToArray();
        WindowStats Current() => windows[Math.Min(windows.Length - 1, (int)(clock.Elapsed / Window))];

        // Readers: each loop takes the next page of the next user in turn.
        var turn = 0;
        var reading = Task.WhenAll(Enumerable.Range(0, readers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref turn);
                var (session, urls) = sessions[n % sessions.Count];
                var url = urls[n / sessions.Count % urls.Length];
                var watch = Stopwatch.StartNew();
                var ok = false;
                try
                {
                    using var response = await session.Http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    ok = response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                Current().Add(watch.Elapsed.TotalMilliseconds, ok);
            }
        }));

        // Writers, for the whole soak, through the real question pages.
        var organisationId = LoadBenchmark.OrganisationOf(dbPath, "cumbria");
        var writing = LoadBenchmark.WriteAsync(baseUrl, organisationId, (int)duration.TotalSeconds, writers);

        // An export of the largest force's whole register at the start of each window.
        var exporting = Task.Run(async () =>
        {
            using var met = await PortalSession.SignInAsync(baseUrl, "psd.metropolitan", DemoDataSeeder.Password, 1);
            for (var i = 0; i < windows.Length; i++)
            {
                var start = Window * i;
                if (start > clock.Elapsed)
                {
                    await Task.Delay(start - clock.Elapsed);
                }

                using var response = await met.Http.GetAsync("/Gifts/Register/Export?handler=Csv", HttpCompletionOption.ResponseHeadersRead);
                await using var stream = await response.Content.ReadAsStreamAsync();
                await stream.CopyToAsync(Stream.Null);
                windows[i].Exported = response.IsSuccessStatusCode;
            }
        });

        // The working set every 10 seconds.
        var samples = new List<(TimeSpan At, double Mb)>();
        while (clock.Elapsed < duration)
        {
            var mb = memory.NowMb();
            var parts = memory.PartsMb();
            var walMb = File.Exists(dbPath + "-wal") ? new FileInfo(dbPath + "-wal").Length / 1048576.0 : 0;
            samples.Add((clock.Elapsed, mb));
            Current().Memory(mb, parts, walMb);
            Console.WriteLine($"{clock.Elapsed:mm\\:ss} working set {mb:N0} MB (anonymous {parts.Anonymous:N0}, file {parts.File:N0}, shared {parts.Shared:N0}), WAL {walMb:N0} MB, {Current().Count} requests this window");
            await Task.Delay(TimeSpan.FromSeconds(10));
        }

        await reading;
        var writes = await writing;
        await exporting;
        foreach (var (session, _) in sessions)
        {
            session.Dispose();
        }

        // After the load: 30 s idle, then the working set again (what the process keeps).
        await Task.Delay(TimeSpan.FromSeconds(30));
        var afterMb = memory.NowMb();

        var md = new StringBuilder();
        md.AppendLine($"Soak: {minutes} minute{(minutes == 1 ? "" : "s")} of mixed load: {readers} reader loops over {users.Sum(u => u.Urls.Length)} list, record and report pages of four users "
            + $"(Cumbria PSD, the alliance PSD, a Cumbria line manager, the inspector), {writers} writers declaring through the question pages, "
            + "and the Metropolitan register (every row) exported as CSV at the start of each five-minute window. Working set (VmRSS) read every 10 s, "
            + "with its parts at the end of the window: anonymous (the .NET heaps, SQLite's page caches), file-backed, and shared (SQLite's WAL index); "
            + "the WAL file's size at the same moment. Latencies in ms.");
        md.AppendLine();
        md.AppendLine("| minutes | reads/s | p50 | p95 | p99 | failed | export | working set at the end | anonymous / file / shared | WAL file | lowest | highest |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < windows.Length; i++)
        {
            var w = windows[i];
            var seconds = Math.Min(Window.TotalSeconds, duration.TotalSeconds - i * Window.TotalSeconds);
            md.AppendLine($"| {i * Window.TotalMinutes:N0}–{Math.Min((i + 1) * Window.TotalMinutes, minutes):N0} | {w.Count / seconds:N1} | {w.P(50):N0} | {w.P(95):N0} | {w.P(99):N0} | {w.Failed} | {(w.Exported ? "done" : "—")} | {w.LastMb:N0} MB | {w.Parts.Anonymous:N0} / {w.Parts.File:N0} / {w.Parts.Shared:N0} MB | {w.WalMb:N0} MB | {w.LowMb:N0} MB | {w.HighMb:N0} MB |");
        }

        var first = windows[0].LastMb;
        var last = windows[^1].LastMb;
        var high = samples.Count == 0 ? double.NaN : samples.Max(s => s.Mb);
        md.AppendLine();
        md.AppendLine($"Working set: {restMb:N0} MB at rest before the soak; {first:N0} MB at the end of the first window and {last:N0} MB at the end of the last "
            + $"({last - first:+#,0;-#,0;0} MB over {(windows.Length - 1) * Window.TotalMinutes:N0} minutes); highest {high:N0} MB (target: under 1,024 MB throughout, no growth); "
            + $"{afterMb:N0} MB after 30 s without load.");
        if (writers > 0)
        {
            md.AppendLine();
            md.AppendLine($"Writes during the soak: {writes.PerSecond:N1} declarations/s, whole declaration p95 {writes.P(95):N0} ms, {writes.Errors} failed.");
        }

        await File.WriteAllTextAsync(outPath, md.ToString());
        Console.Write(md);
        return 0;
    }

    /// <summary>One window's requests and working set; readers add from many threads.</summary>
    private sealed class WindowStats
    {
        private readonly List<double> latencies = [];
        private int failed;

        public int Count { get { lock (latencies) { return latencies.Count; } } }
        public int Failed => failed;
        public bool Exported { get; set; }
        public double LastMb { get; private set; } = double.NaN;
        public double LowMb { get; private set; } = double.MaxValue;
        public double HighMb { get; private set; }

        public void Add(double ms, bool ok)
        {
            if (!ok)
            {
                Interlocked.Increment(ref failed);
                return;
            }

            lock (latencies)
            {
                latencies.Add(ms);
            }
        }

        public (double Anonymous, double File, double Shared) Parts { get; private set; } = (double.NaN, double.NaN, double.NaN);
        public double WalMb { get; private set; } = double.NaN;

        public void Memory(double mb, (double Anonymous, double File, double Shared) parts, double walMb)
        {
            LastMb = mb;
            Parts = parts;
            WalMb = walMb;
            LowMb = Math.Min(LowMb, mb);
            HighMb = Math.Max(HighMb, mb);
        }

        public double P(int percentile)
        {
            lock (latencies)
            {
                latencies.Sort();
                return LoadBenchmark.Percentile(latencies, percentile);
            }
        }
    }
}
