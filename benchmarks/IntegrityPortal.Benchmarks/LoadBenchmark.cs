using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using IntegrityPortal.Core.Demo;
using Microsoft.Data.Sqlite;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// The HTTP half of the benchmark, against the portal running in Release on the national data
/// set: N concurrent loops per page for a fixed time, each request timed, latencies sorted for
/// p50, p95 and p99; throughput as a share of a trivial signed-in page measured in the same run;
/// report pages timed one request at a time; writers declaring through the real form; the
/// process's working set read from /proc. Writes a Markdown section to the output file.
/// </summary>
public static class LoadBenchmark
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Requests per report page before timing: .NET optimises a method after about 30 calls.</summary>
    private const int WarmUps = 40;

    /// <summary>
    /// Seconds the writers declare, uncounted, before they are timed: the pages before them do
    /// not run the declaration's code, and a profile found .NET still optimising it 23 s into a
    /// cold run (a fresh portal's first 15 s made half the declarations/s of the next).
    /// </summary>
    private const int WriterWarmUpSeconds = 15;

    public static async Task<int> RunAsync(string baseUrl, string dbPath, string outPath, int seconds, int connections, int writers)
    {
        var pid = int.Parse(Environment.GetEnvironmentVariable("BENCH_APP_PID") ?? "0", CultureInfo.InvariantCulture);
        var memory = new MemoryWatch(pid);
        var md = new StringBuilder();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tenYears = $"from={today.AddYears(-10):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var restMb = memory.NowMb();

        // Pages of each list, as the PSD (one force, then the alliance) opens them.
        var lists = new (string Name, string Url)[]
        {
            ("home page", "/"),
            ("register, default (newest first)", "/Gifts/Register"),
            ("register, organisation starts with 'Org 01'", "/Gifts/Register?Filter.Organisation=Org%2001"),
            ("register, value £100–£150", "/Gifts/Register?Filter.MinValue=100&Filter.MaxValue=150"),
            ("register, late only", "/Gifts/Register?Filter.LateOnly=true"),
            ("register, awaiting review", "/Gifts/Register?Filter.Review=AwaitingReview"),
            ("register, sorted by value", "/Gifts/Register?Sort=value-desc"),
            ("register, sorted by organisation", "/Gifts/Register?Sort=organisation-asc"),
            ("register, sorted by declarant", "/Gifts/Register?Sort=declarant-asc"),
            ("register, page 40", "/Gifts/Register?pageNumber=40"),
            ("investigations", "/Investigations"),
            ("audit trail", "/Audit"),
            ("business interests (PSD)", "/BusinessInterests/Psd"),
            ("media contact log", "/Media/Office"),
        };
        var teamLists = new (string Name, string Url)[]
        {
            ("home page (line manager)", "/"),
            ("gifts, my team", "/Gifts/Team"),
            ("business interests, team", "/BusinessInterests/Team"),
        };

        md.AppendLine($"Each page for {seconds} s with {connections} connections; throughput as a share of the trivial signed-in page (`/Errors/404`: the layout, no register query) measured for the same user in the same run, before and after the user's pages, the faster of the two. Latencies in ms.");
        md.AppendLine();
        md.AppendLine("| who | page | requests/s | vs trivial | p50 | p95 | p99 | errors |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        var peakMb = 0.0;
        foreach (var (who, user, pages) in new[]
                 {
                     ("Cumbria PSD", "psd.cumbria", lists),
                     ("Alliance PSD", "psd.warwickshire", lists),
                     ("Cumbria line manager", "manager.cumbria", teamLists),
                 })
        {
            using var session = await PortalSession.SignInAsync(baseUrl, user, DemoDataSeeder.Password, connections);
            // Warm-up: each page a few times first, so that neither the trivial page (measured
            // first) nor the others pay for start-up, compilation and a cold page cache.
            foreach (var url in pages.Select(p => p.Url).Prepend("/Errors/404"))
            {
                for (var i = 0; i < 3; i++)
                {
                    using var response = await session.Http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                }
            }

            // The trivial page before and after the user's pages, and the faster of the two is the
            // measure: measured once, first, it can still be paying for start-up (on 4 December it
            // ran at 1,187/s for the first user and 1,976/s for the next), which flatters the ratios.
            var before = await LoadAsync(session, "/Errors/404", HttpStatusCode.NotFound, seconds, connections, memory);
            var rows = new List<(string Page, LoadResult Result)>();
            foreach (var (name, url) in pages)
            {
                var result = await LoadAsync(session, url, HttpStatusCode.OK, seconds, connections, memory);
                rows.Add(($"{name} (`{url}`)", result));
                Console.WriteLine($"{who}: {name}: {result.PerSecond:N1}/s p95 {result.P(95):N0} ms");
            }

            var after = await LoadAsync(session, "/Errors/404", HttpStatusCode.NotFound, seconds, connections, memory);
            var trivial = before.PerSecond >= after.PerSecond ? before : after;
            md.AppendLine(Row(who, $"trivial signed-in page ({before.PerSecond:N0}/s before the pages, {after.PerSecond:N0}/s after)", trivial, trivial));
            rows.ForEach(r => md.AppendLine(Row(who, r.Page, r.Result, trivial)));
        }

        peakMb = Math.Max(peakMb, memory.PeakMb);

        // Reports and figures, one request at a time (the latency a reader waits).
        md.AppendLine();
        md.AppendLine($"Figures and report pages, one request at a time, 20 requests after {WarmUps} warm-ups (fewer for a slow page: as many as fit in 20 s, at least 3), ten years of data; latencies in ms:");
        md.AppendLine();
        md.AppendLine("| who | page | p50 | p95 | max | target |");
        md.AppendLine("|---|---|---:|---:|---:|---|");
        using (var inspector = await PortalSession.SignInAsync(baseUrl, "inspector", DemoDataSeeder.Password))
        using (var psd = await PortalSession.SignInAsync(baseUrl, "psd.cumbria", DemoDataSeeder.Password))
        {
            var reports = new (string Who, PortalSession Session, string Name, string Url, int Target)[]
            {
                ("inspector", inspector, "Cumbria progress report, ten years", $"/Reports/cumbria/Progress?{tenYears}", 150),
                ("inspector", inspector, "Cumbria integrity dashboard", "/Reports/cumbria/Dashboard", 150),
                ("inspector", inspector, "Cumbria integrity board", "/Reports/cumbria/Board", 150),
                ("inspector", inspector, "Metropolitan progress report, ten years", $"/Reports/metropolitan/Progress?{tenYears}", 150),
                ("inspector", inspector, "Metropolitan integrity dashboard", "/Reports/metropolitan/Dashboard", 150),
                ("inspector", inspector, "National comparison, 43 forces, ten years", $"/Reports/National?{tenYears}", 300),
                ("psd.cumbria", psd, "Investigations figures, ten years", $"/Investigations/Figures?From={today.AddYears(-10):yyyy-MM-dd}&To={today:yyyy-MM-dd}", 150),
                ("psd.cumbria", psd, "Business interest figures, ten years", $"/BusinessInterests/Psd/Figures?From={today.AddYears(-10):yyyy-MM-dd}&To={today:yyyy-MM-dd}", 150),
            };
            foreach (var (who, session, name, url, target) in reports)
            {
                var times = new List<double>();
                var status = 0;
                var budget = Stopwatch.StartNew();
                // Warm-ups until .NET has optimised the page's code (it first runs each method as
                // quickly compiled code, and optimises it after about 30 calls), then 20 timed
                // requests, or as many as fit in 20 s (at least 3) for a slow page.
                for (var i = 0; i < WarmUps + 20 && (i < WarmUps + 3 || budget.Elapsed.TotalSeconds < 20); i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await session.Http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                    if (i == WarmUps)
                    {
                        budget.Restart();
                    }

                    if (i >= WarmUps)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                var p95 = Percentile(times, 95);
                md.AppendLine($"| {who} | {name} (`{url}`){(status == 200 ? "" : $" **status {status}**")} | {Percentile(times, 50):N0} | {p95:N0} | {times[^1]:N0} | {(p95 < target ? $"met (< {target})" : $"**not met** (< {target})")} |");
                Console.WriteLine($"{name}: p95 {p95:N0} ms (status {status})");
            }
        }

        // Writers: each signs in, reads the form once for its token, then declares in a loop through the question pages.
        md.AppendLine();
        var organisationId = OrganisationOf(dbPath, "cumbria");
        var writes = await WarmedWriteAsync(baseUrl, organisationId, seconds, writers);
        md.AppendLine($"Writes: {writers} writers declaring through the real question pages for {seconds} s (after {WriterWarmUpSeconds} s of the same, not counted), each declaration four posts "
            + "(who, what and when, each checked and kept in the writer's draft, then Check your answers, which writes the declaration, its version, dated step and audit event in one transaction): "
            + $"**{writes.PerSecond:N0} declarations/s** ({writes.Posts / writes.Seconds:N0} posts/s), whole declaration p50 {writes.P(50):N0} ms, p95 {writes.P(95):N0} ms, p99 {writes.P(99):N0} ms; {writes.Errors} failed "
            + $"(target: at least 300/s and no \"database is locked\"; the count of that message in the app's log follows below).");
        peakMb = Math.Max(peakMb, memory.PeakMb);

        // Memory during the export of the largest force's whole register (over 100,000 rows; no
        // export is capped). The working set is sampled on a timer for the whole request, not
        // only while bytes arrive: the Excel workbook is written to a temporary file before its
        // first byte is sent, and that is when a workbook held in memory would show.
        memory.ResetPeak();
        using (var met = await PortalSession.SignInAsync(baseUrl, "psd.metropolitan", DemoDataSeeder.Password))
        {
            foreach (var handler in new[] { "Csv", "Excel" })
            {
                var before = memory.NowMb();
                memory.ResetPeak();
                var watch = Stopwatch.StartNew();
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        memory.Sample();
                        await Task.Delay(100);
                    }
                });
                using var response = await met.Http.GetAsync($"/Gifts/Register/Export?handler={handler}", HttpCompletionOption.ResponseHeadersRead);
                var firstByte = watch.Elapsed;
                await using var stream = await response.Content.ReadAsStreamAsync();
                var buffer = new byte[81920];
                long bytes = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0)
                {
                    bytes += read;
                }

                await sampling.CancelAsync();
                await sampler;

                md.AppendLine();
                md.AppendLine($"Export ({handler}, psd.metropolitan, whole register): status {(int)response.StatusCode}, {bytes / 1_048_576.0:N1} MB in {watch.Elapsed.TotalSeconds:N1} s (first byte after {firstByte.TotalSeconds:N1} s); working set {before:N0} MB before, peak {memory.PeakMb:N0} MB during ({memory.PeakMb - before:+#,0;-#,0;+0} MB; target: less than +200 MB).");
            }
        }

        md.AppendLine();
        md.AppendLine($"Working set of the app: {restMb:N0} MB at rest after start-up, peak {peakMb:N0} MB under the page load and the writers, {memory.NowMb():N0} MB at the end (target: under 1,024 MB throughout).");
        await File.WriteAllTextAsync(outPath, md.ToString());
        return 0;
    }

    /// <summary>One page of one user against the trivial page, printed: for working on a page between full runs.</summary>
    public static async Task<int> PageAsync(string baseUrl, string user, string url, int seconds, int connections)
    {
        using var session = await PortalSession.SignInAsync(baseUrl, user, DemoDataSeeder.Password, connections);
        var memory = new MemoryWatch(0);
        foreach (var warm in new[] { "/Errors/404", url })
        {
            await LoadAsync(session, warm, warm == url ? HttpStatusCode.OK : HttpStatusCode.NotFound, 2, connections, memory);
        }

        var pid = int.Parse(Environment.GetEnvironmentVariable("BENCH_APP_PID") ?? "0", CultureInfo.InvariantCulture);
        var (trivial, trivialCpu) = await TimedAsync(() => LoadAsync(session, "/Errors/404", HttpStatusCode.NotFound, seconds, connections, memory), pid);
        var (page, pageCpu) = await TimedAsync(() => LoadAsync(session, url, HttpStatusCode.OK, seconds, connections, memory), pid);
        Console.WriteLine("| who | page | requests/s | vs trivial | p50 | p95 | p99 | errors |");
        Console.WriteLine(Row(user, "trivial signed-in page", trivial, trivial));
        Console.WriteLine(Row(user, url, page, trivial));
        if (trivialCpu is { } t && pageCpu is { } p)
        {
            Console.WriteLine($"Portal CPU per request: trivial page {t:N2} ms, {url} {p:N2} ms ({t / p * 100:N1}% of the page's CPU).");
        }

        return 0;
    }

    /// <summary>A load run and the portal's CPU per request during it (ms), when BENCH_APP_PID names the portal.</summary>
    private static async Task<(LoadResult Result, double? CpuMs)> TimedAsync(Func<Task<LoadResult>> run, int pid)
    {
        var before = ProcessCpu.Seconds(pid);
        var result = await run();
        var after = ProcessCpu.Seconds(pid);
        return (result, before is { } b && after is { } a && result.Latencies.Count > 0 ? (a - b) * 1000 / result.Latencies.Count : null);
    }

    /// <summary>The writers alone, printed.</summary>
    public static async Task<int> WritesAsync(string baseUrl, string dbPath, int seconds, int writers)
    {
        var writes = await WarmedWriteAsync(baseUrl, OrganisationOf(dbPath, "cumbria"), seconds, writers);
        Console.WriteLine($"{writes.PerSecond:N1} declarations/s ({writes.Posts / writes.Seconds:N0} posts/s), whole declaration p50 {writes.P(50):N0} ms, p95 {writes.P(95):N0} ms, p99 {writes.P(99):N0} ms; {writes.Errors} failed");
        return 0;
    }

    private static string Row(string who, string page, LoadResult r, LoadResult trivial) =>
        $"| {who} | {page} | {r.PerSecond:N1} | {r.PerSecond / trivial.PerSecond * 100:N1}% | {r.P(50):N0} | {r.P(95):N0} | {r.P(99):N0} | {(r.Errors == 0 ? "" : r.Errors.ToString(British))} |";

    internal sealed record LoadResult(List<double> Latencies, double Seconds, int Errors)
    {
        public double PerSecond => Latencies.Count / Seconds;

        /// <summary>Forms posted, for the writers (four to a declaration).</summary>
        public int Posts { get; init; }
        public double P(int percentile) => Percentile(Latencies, percentile);
    }

    internal static double Percentile(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    /// <summary><paramref name="connections"/> loops requesting one page for <paramref name="seconds"/>; each response read in full.</summary>
    private static async Task<LoadResult> LoadAsync(PortalSession session, string url, HttpStatusCode expected, int seconds, int connections, MemoryWatch memory)
    {
        var until = Stopwatch.StartNew();
        var errors = 0;
        var all = new List<double>[connections];
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async loop =>
        {
            var mine = all[loop] = [];
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await session.Http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != expected)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (loop == 0)
                {
                    memory.Sample();
                }
            }
        }));
        var latencies = all.SelectMany(l => l).Order().ToList();
        return new LoadResult(latencies, until.Elapsed.TotalSeconds, errors);
    }

    private static async Task<LoadResult> WarmedWriteAsync(string baseUrl, int organisationId, int seconds, int writers)
    {
        await WriteAsync(baseUrl, organisationId, WriterWarmUpSeconds, writers);
        return await WriteAsync(baseUrl, organisationId, seconds, writers);
    }

    internal static async Task<LoadResult> WriteAsync(string baseUrl, int organisationId, int seconds, int writers)
    {
        var sessions = new List<(PortalSession Session, string Token)>();
        for (var i = 0; i < writers; i++)
        {
            var session = await PortalSession.SignInAsync(baseUrl, i % 2 == 0 ? "officer.cumbria" : "staff.cumbria", DemoDataSeeder.Password, 2);
            sessions.Add((session, await session.TokenAsync("/Gifts/Declarations/Declare")));
        }

        var until = Stopwatch.StartNew();
        var errors = 0;
        var posts = 0;
        var all = new List<double>[writers];
        var offered = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The declaration's question pages in order, each with its own answers (GiftQuestions
        // in the portal), then Check your answers: four posts make one declaration.
        var pages = new (string Step, Dictionary<string, string> Answers)[]
        {
            ("who", new()
            {
                ["Input.OfferorName"] = "Alex Smith",
                ["Input.OrganisationId"] = organisationId.ToString(CultureInfo.InvariantCulture),
                ["Input.NewOrganisationName"] = "",
                ["Input.NewOrganisationCompanyNumber"] = "",
                ["Input.Relationship"] = "Business",
                ["Input.InvolvedInPurchasing"] = "false",
            }),
            ("what", new()
            {
                ["Input.OfferType"] = "Gift",
                ["Input.Description"] = "A bottle of wine",
                ["Input.Value"] = "25.00",
                ["Input.IsCashOrEquivalent"] = "false",
            }),
            ("when", new()
            {
                ["Input.OfferedOn"] = offered,
                ["Input.Outcome"] = "Declined",
                ["Input.Reason"] = "It would not be appropriate to accept",
                ["Input.Disposal"] = "",
            }),
        };
        await Task.WhenAll(sessions.Select(async (s, index) =>
        {
            var mine = all[index] = [];
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    var url = "/Gifts/Declarations/Declare/who";
                    foreach (var (step, answers) in pages)
                    {
                        url = await PostAsync(s.Session, url, answers, s.Token, step == "when" ? "/Gifts/Declarations/Check" : "/Gifts/Declarations/Declare/");
                        Interlocked.Increment(ref posts);
                    }

                    await PostAsync(s.Session, url, [], s.Token, "/Gifts/Declarations/Declared/");
                    Interlocked.Increment(ref posts);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                mine.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        foreach (var (session, _) in sessions)
        {
            session.Dispose();
        }

        return new LoadResult([.. all.SelectMany(l => l).Order()], until.Elapsed.TotalSeconds, errors) { Posts = posts };
    }

    /// <summary>Posts a form with the session's token; returns where the portal sent the writer, which must start with <paramref name="expected"/>.</summary>
    private static async Task<string> PostAsync(PortalSession session, string url, Dictionary<string, string> answers, string token, string expected)
    {
        using var form = new FormUrlEncodedContent(answers.Append(new("__RequestVerificationToken", token)));
        using var response = await session.Http.PostAsync(url, form);
        await response.Content.ReadAsByteArrayAsync();
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null || !location.StartsWith(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} {location}");
        }

        return location;
    }

    internal static int OrganisationOf(string dbPath, string forceCode)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(o.Id) FROM Organisations o JOIN Forces f ON f.Id = o.ForceId WHERE f.Code = $code";
        command.Parameters.AddWithValue("$code", forceCode);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
