using IntegrityPortal.Core.Reporting.Sections;
using System.Data.Common;
using System.Diagnostics;
using System.Text;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// EF against raw SQL for the register's queries: each query runs through EF (the real
/// DbContext, its force query filter and <see cref="GiftRegisterFilter"/>, materialised as the
/// page does) and then as the very SQL EF sent (caught by an interceptor, same parameters)
/// through a plain <see cref="DbDataReader"/> on a fresh connection. The ratio is raw time over EF time: 100% means
/// EF costs nothing over the SQL it sends.
/// </summary>
public static class QueryBenchmark
{
    private const int Runs = 21;
    private const int WarmUpRuns = 40;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SharedWarmUpTime = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(string path, string outPath, bool reportsOnly = false)
    {
        int cumbria;
        IReadOnlyList<int> alliance;
        await using (var db = Open(path, SystemActor.Instance))
        {
            // A set built before the latest migrations gets them first, as the app would at start-up.
            await db.Database.MigrateAsync();
            cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            alliance = await db.Forces.Where(f => f.Code == "warwickshire" || f.Code == "west-mercia").Select(f => f.Id).OrderBy(i => i).ToListAsync();
        }

        var scenarios = new (string Name, GiftRegisterFilter Filter, string? Sort)[]
        {
            ("register, default", new(), null),
            ("register, organisation 'Org 01'", new() { Organisation = "Org 01" }, null),
            ("register, value £100–£150", new() { MinValue = 100, MaxValue = 150 }, null),
            ("register, late only", new() { LateOnly = true }, null),
            ("register, sorted by value", new(), "value-desc"),
            ("register, sorted by organisation", new(), "organisation-asc"),
        };
        var actors = new (string Name, ForceScope Scope)[]
        {
            ("Cumbria PSD", new ForceScope(false, [cumbria])),
            ("Alliance PSD", new ForceScope(false, alliance)),
        };

        var table = new StringBuilder();
        if (!reportsOnly)
        {
            await RegisterAsync(path, table, scenarios, actors);
        }

        await ReportsAsync(path, table, cumbria);
        if (outPath.Length > 0)
        {
            await File.WriteAllTextAsync(outPath, table.ToString());
        }

        return 0;
    }

    private static async Task RegisterAsync(string path, StringBuilder table, (string Name, GiftRegisterFilter Filter, string? Sort)[] scenarios, (string Name, ForceScope Scope)[] actors)
    {
        // A first pass over one force's queries, not recorded, until .NET has optimised the code
        // they all share (EF's query pipeline is thousands of methods, each optimised in the
        // background once called 30 times; in the first seconds the JIT takes most of the CPU).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < SharedWarmUpTime)
        {
            foreach (var (_, filter, sort) in scenarios)
            {
                await MeasureAsync(path, actors[0].Scope, db => filter.Apply(db.GiftDeclarations, sort).CountAsync());
                await MeasureAsync(path, actors[0].Scope, db => GiftRegisterFilter.Project(filter.Apply(db.GiftDeclarations, sort)).Take(50).ToListAsync());
            }
        }

        table.AppendLine($"| who | query | EF count ms | raw count ms | EF page ms | raw page ms | EF as % of raw | same, on a context in use |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (who, scope) in actors)
        {
            foreach (var (name, filter, sort) in scenarios)
            {
                var count = await MeasureAsync(path, scope, db => filter.Apply(db.GiftDeclarations, sort).CountAsync());
                var page = await MeasureAsync(path, scope, db => GiftRegisterFilter.Project(filter.Apply(db.GiftDeclarations, sort)).Take(50).ToListAsync());
                var ratio = (count.Raw + page.Raw) / (count.Ef + page.Ef) * 100;
                var inUse = (count.Raw + page.Raw) / (count.EfInUse + page.EfInUse) * 100;
                table.AppendLine($"| {who} | {name} | {count.Ef:N2} | {count.Raw:N2} | {page.Ef:N2} | {page.Raw:N2} | {ratio:N0}% | {inUse:N0}% |");
                Console.WriteLine($"{who,-13} {name,-34} EF {count.Ef,7:N2} + {page.Ef,7:N2} ms (in use {count.EfInUse,7:N2} + {page.EfInUse,7:N2}), raw {count.Raw,7:N2} + {page.Raw,7:N2} ms: {ratio:N0}%, in use {inUse:N0}%");
            }
        }

    }

    private static async Task ReportsAsync(string path, StringBuilder table, int cumbria)
    {
        // The reports' database work in process (the HTTP figures add rendering and the request).
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tenYears = new ReportPeriod(today.AddYears(-10), today);
        int metropolitan;
        List<(int Id, string Code, string Name)> forces;
        await using (var db = Open(path, SystemActor.Instance))
        {
            metropolitan = await db.Forces.Where(f => f.Code == "metropolitan").Select(f => f.Id).SingleOrDefaultAsync();
            forces = [.. (await db.Forces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Code, f.Name }).ToListAsync()).Select(f => (f.Id, f.Code, f.Name))];
        }

        table.AppendLine();
        table.AppendLine("The reports' database work in process (median of 21 after a warm-up, ms):");
        table.AppendLine();
        table.AppendLine("| report | ms |");
        table.AppendLine("|---|---:|");
        foreach (var (name, build) in new (string, Func<IntegrityDbContext, Task>)[]
                 {
                     ("Cumbria progress report, ten years", db => ForceProgressReport.BuildAsync(db, cumbria, tenYears)),
                     ("Metropolitan progress report, ten years", db => ForceProgressReport.BuildAsync(db, metropolitan, tenYears)),
                     ("Cumbria integrity dashboard", db => ForceDashboard.LoadAsync(db, cumbria, today)),
                     ("Metropolitan integrity dashboard", db => ForceDashboard.LoadAsync(db, metropolitan, today)),
                     ($"National comparison, {forces.Count} forces, ten years", db => NationalComparison.BuildAsync(db, forces, tenYears)),
                 })
        {
            var ms = (await MeasureAsync(path, ForceScope.AllForces, async db => { await build(db); return 0; })).Ef;
            table.AppendLine($"| {name} | {ms:N0} |");
            Console.WriteLine($"{name}: {ms:N0} ms");
        }

        // The dashboard stores a quarter's gift measures once it has ended and counts only the
        // rest (decision 0074): the timings above are of later views. A first view counts all nine.
        var firstViews = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await using var db = Open(path, SystemActor.Instance);
            await db.Set<GiftClosedQuarter>().Where(c => c.ForceId == metropolitan).ExecuteDeleteAsync();
            var watch = Stopwatch.StartNew();
            await ForceDashboard.LoadAsync(db, metropolitan, today);
            firstViews.Add(watch.Elapsed.TotalMilliseconds);
        }

        firstViews.Sort();
        table.AppendLine($"| Metropolitan integrity dashboard, first view (counts and stores the quarters that have ended) | {firstViews[1]:N0} |");
        Console.WriteLine($"Metropolitan integrity dashboard, first view: {firstViews[1]:N0} ms");

        // Where the Metropolitan dashboard's time goes: its slowest commands.
        var timer = new CommandTimer();
        await using (var db = Open(path, SystemActor.Instance, timer))
        {
            await ForceDashboard.LoadAsync(db, metropolitan, today);
        }

        Console.WriteLine($"Metropolitan dashboard: {timer.Commands.Count} commands, {timer.Commands.Sum(c => c.Ms):N0} ms in all");
        foreach (var (ms, sql) in timer.Commands.GroupBy(c => c.Sql).Select(g => (g.Sum(c => c.Ms), $"{g.Count()} x " + g.Key)).OrderByDescending(c => c.Item1).Take(8))
        {
            Console.WriteLine($"Metropolitan dashboard command: {ms:N1} ms: {sql.ReplaceLineEndings(" ")[..Math.Min(200, sql.Length)]}");
        }

        // Where the national comparison's time goes: each section of the report for every force.
        var ids = forces.Select(f => f.Id).ToList();
        foreach (var section in ForceProgressReport.AllSections)
        {
            var ms = (await MeasureAsync(path, ForceScope.AllForces, async db => { await section.BuildAsync(new ReportCounts(db, ids, tenYears)); return 0; })).Ef;
            table.AppendLine($"| National comparison: {section.GetType().Name}, {forces.Count} forces | {ms:N0} |");
            Console.WriteLine($"National comparison, {section.GetType().Name}: {ms:N0} ms");
        }

        // Where the costliest section's time goes: its commands, once.
        var sectionTimer = new CommandTimer();
        await using (var db = Open(path, SystemActor.Instance, sectionTimer))
        {
            await new GiftsSection().BuildAsync(new ReportCounts(db, ids, tenYears));
        }

        foreach (var (ms, sql) in sectionTimer.Commands.OrderByDescending(c => c.Ms))
        {
            Console.WriteLine($"National comparison, gifts command: {ms:N1} ms: {sql.ReplaceLineEndings(" ")[..Math.Min(300, sql.Length)]}");
        }
    }

    /// <summary>
    /// The query through EF, as the first query of a new context and again on the same context
    /// (as a page runs it: after the request's session check has set the context up), then EF's
    /// own SQL (caught as it is sent, with its parameters) through a plain reader; medians in ms,
    /// of runs made after both paths have been warmed up.
    /// </summary>
    private static async Task<(double Ef, double EfInUse, double Raw)> MeasureAsync<T>(string path, ForceScope scope, Func<IntegrityDbContext, Task<T>> query)
    {
        var capture = new SqlCapture();

        async Task<(double First, double InUse)> ThroughEf()
        {
            await using var db = Open(path, new BenchmarkActor(scope), capture);
            await db.Database.OpenConnectionAsync();
            var watch = Stopwatch.StartNew();
            await query(db);
            var first = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            await query(db);
            return (first, watch.Elapsed.TotalMilliseconds);
        }

        async Task<double> Raw()
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = capture.Sql;
            command.Parameters.AddRange(capture.Parameters.Select(p => new SqliteParameter(p.Name, p.Value)).ToArray());
            var watch = Stopwatch.StartNew();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                }
            }

            return watch.Elapsed.TotalMilliseconds;
        }

        // .NET runs a method's first 30 calls unoptimised and optimises it in the background;
        // the portal serves pages with optimised code, so both paths are measured only after
        // they have run for a while. EF has far more code on its path than the reader, so a
        // measure of the first few runs is a measure of the JIT, not of EF.
        var warmUp = Stopwatch.StartNew();
        for (var run = 0; (run < WarmUpRuns || warmUp.Elapsed < WarmUpTime) && warmUp.Elapsed < WarmUpLimit; run++)
        {
            await ThroughEf();
            await Raw();
        }

        var ef = new List<double>();
        var efInUse = new List<double>();
        var raw = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var (first, inUse) = await ThroughEf();
            ef.Add(first);
            efInUse.Add(inUse);
            raw.Add(await Raw());
        }

        return (Median(ef), Median(efInUse), Median(raw));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Keeps the last SQL EF sent and its parameters.</summary>
    private sealed class SqlCapture : DbCommandInterceptor
    {
        public string Sql { get; private set; } = "";
        public IReadOnlyList<(string Name, object? Value)> Parameters { get; private set; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Sql = command.CommandText;
            Parameters = [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))];
            return ValueTask.FromResult(result);
        }
    }

    internal static IntegrityDbContext Open(string path, ICurrentActor actor, IInterceptor? interceptor = null) =>
        new(new DbContextOptionsBuilder<IntegrityDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString(), o => o.MigrationsAssembly(SqliteMigrations.AssemblyName))
                .AddInterceptors(interceptor is null ? [] : [interceptor])
                .Options,
            actor, TimeProvider.System);

    private sealed class BenchmarkActor(ForceScope scope) : ICurrentActor
    {
        public string? UserId => null;
        public string UserName => "benchmark";
        public IReadOnlyList<string> Roles => [IntegrityPortal.Core.Security.Roles.Psd];
        public int? HomeForceId => scope.ForceIds.FirstOrDefault();
        public ForceScope Scope => scope;
    }
}
