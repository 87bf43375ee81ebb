using System.Diagnostics;
using System.Globalization;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// Builds a SQLite database with many declarations across the six demo forces, then times the
/// register's main queries (the count and the first page of 50, as the register page runs
/// them) with the real DbContext, its force query filter and the register's filter class.
/// Usage: dotnet run -c Release --project benchmarks/IntegrityPortal.Benchmarks -- [rows] [path] [--reuse]
/// </summary>
public static class RegisterBenchmark
{
    private const int PageSize = 50;
    private const int Runs = 5;

    public static async Task<int> Main(string[] args)
    {
        var rows = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
        var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"integrity-register-bench-{rows}.db");
        var reuse = args.Contains("--reuse") && File.Exists(path);
        var total = Stopwatch.StartNew();

        if (!reuse)
        {
            File.Delete(path);
            var build = Stopwatch.StartNew();
            await CreateAsync(path, rows);
            Console.WriteLine($"Built {path} with {rows:N0} declarations in {build.Elapsed.TotalSeconds:N1} s");
        }
        else
        {
            Console.WriteLine($"Reusing {path}");
        }

        int cumbria;
        IReadOnlyList<int> alliance;
        await using (var db = Open(path, SystemActor.Instance))
        {
            cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            alliance = await db.Forces.Where(f => f.Code == "warwickshire" || f.Code == "west-mercia").Select(f => f.Id).OrderBy(i => i).ToListAsync();
        }

        var scenarios = new (string Name, GiftRegisterFilter Filter, string? Sort)[]
        {
            ("No filter (newest first)", new(), null),
            ("Organisation starts with 'Org 01'", new() { Organisation = "Org 01" }, null),
            ("Value £100 to £150", new() { MinValue = 100, MaxValue = 150 }, null),
            ("Late only", new() { LateOnly = true }, null),
            ("Review: referred for investigation", new() { Review = ReviewStatus.ReferredForInvestigation }, null),
            ("No filter, sorted by value", new(), "value-desc"),
            ("No filter, sorted by organisation", new(), "organisation-asc"),
        };

        var actors = new (string Name, ForceScope Scope)[]
        {
            ("Cumbria PSD", new ForceScope(false, [cumbria])),
            ("Alliance PSD", new ForceScope(false, alliance)),
        };

        Console.WriteLine();
        Console.WriteLine($"Median of {Runs} runs after one warm-up, milliseconds. SQLite, {rows:N0} declarations.");
        Console.WriteLine($"| {"Who",-13} | {"Query",-36} | {"Matches",10} | {"Count ms",9} | {"Page ms",8} |");
        Console.WriteLine($"|{new string('-', 15)}|{new string('-', 38)}|{new string('-', 12)}|{new string('-', 11)}|{new string('-', 10)}|");
        foreach (var (who, scope) in actors)
        {
            foreach (var (name, filter, sort) in scenarios)
            {
                var (matches, countMs, pageMs) = await TimeAsync(path, scope, filter, sort);
                Console.WriteLine($"| {who,-13} | {name,-36} | {matches,10:N0} | {countMs,9:N1} | {pageMs,8:N1} |");
            }
        }

        // The governance reports over ten years: one force's progress report, and every force compared.
        var period = new ReportPeriod(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10), DateOnly.FromDateTime(DateTime.UtcNow));
        var reportMs = await MedianAsync(path, db => ForceProgressReport.BuildAsync(db, cumbria, period));
        var nationalMs = await MedianAsync(path, async db => NationalComparison.BuildAsync(db,
            (await db.Forces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Code, f.Name }).ToListAsync()).Select(f => (f.Id, f.Code, f.Name)).ToList(), period));
        Console.WriteLine();
        Console.WriteLine($"| Progress report, one force, ten years | {reportMs,8:N1} ms |");
        Console.WriteLine($"| National comparison, every force, ten years | {nationalMs,8:N1} ms |");

        Console.WriteLine();
        Console.WriteLine($"Total {total.Elapsed.TotalSeconds:N1} s");
        return 0;
    }

    private static async Task<(int Matches, double CountMs, double PageMs)> TimeAsync(string path, ForceScope scope, GiftRegisterFilter filter, string? sort)
    {
        var counts = new List<double>();
        var pages = new List<double>();
        var matches = 0;
        for (var run = 0; run <= Runs; run++)
        {
            await using var db = Open(path, new BenchmarkActor(scope));
            var ordered = filter.Apply(db.GiftDeclarations, sort);
            var watch = Stopwatch.StartNew();
            matches = await ordered.CountAsync();
            var countMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var page = await GiftRegisterFilter.Project(ordered).Skip(0).Take(PageSize).ToListAsync();
            var pageMs = watch.Elapsed.TotalMilliseconds;
            if (page.Count != Math.Min(PageSize, matches))
            {
                throw new InvalidOperationException("The first page has the wrong number of rows.");
            }

            if (run > 0)
            {
                counts.Add(countMs);
                pages.Add(pageMs);
            }
        }

        return (matches, Median(counts), Median(pages));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static IntegrityDbContext Open(string path, ICurrentActor actor) =>
        new(new DbContextOptionsBuilder<IntegrityDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString(), o => o.MigrationsAssembly(SqliteMigrations.AssemblyName))
                .Options,
            actor, TimeProvider.System);

    /// <summary>The schema and demo data through EF; organisations and declarations by raw SQL in one transaction.</summary>
    private static async Task CreateAsync(string path, int rows)
    {
        await using (var db = Open(path, SystemActor.Instance))
        {
            await db.Database.MigrateAsync();
            await RoleSeeder.EnsureRolesAsync(db);
            await new DemoDataSeeder(db).SeedAsync();
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        var people = new List<(int Id, int ForceId, int? DepartmentId)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, ForceId, DepartmentId FROM People";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                people.Add((reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
            }
        }

        var forces = people.Select(p => p.ForceId).Distinct().Order().ToList();
        const int organisationsPerForce = 2_000;
        var organisations = new Dictionary<int, int[]>();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Organisations (ForceId, Name, CompanyNumber, Version) VALUES ($force, $name, NULL, 0) RETURNING Id";
            var force = insert.Parameters.Add("$force", SqliteType.Integer);
            var name = insert.Parameters.Add("$name", SqliteType.Text);
            foreach (var forceId in forces)
            {
                var ids = new int[organisationsPerForce];
                for (var i = 0; i < organisationsPerForce; i++)
                {
                    force.Value = forceId;
                    name.Value = $"Org {i:D4} Ltd";
                    ids[i] = Convert.ToInt32(await insert.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
                }

                organisations[forceId] = ids;
            }
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO GiftDeclarations (ForceId, DeclarantId, DepartmentId, DeclaredOn, OfferedOn, OfferorName, OrganisationId, OrganisationName, Relationship, OfferType,
                    Description, ValuePence, Outcome, Reason, Disposal, InvolvedInPurchasing, IsCashOrEquivalent, IsLate, IsFromSupplier, PatternFlags,
                    ApprovalStatus, ReviewStatus, CurrentVersionNumber, Version)
                VALUES ($force, $declarant, $department, $declared, $offered, 'A. Offeror', $organisation, $organisationName, $relationship, $type,
                    'Benchmark offer', $value, $outcome, 'Benchmark', $disposal, $purchasing, 0, $late, $supplier, $pattern,
                    $approval, $review, 1, 0)
                """;
            var p = new Dictionary<string, SqliteParameter>();
            foreach (var name in new[] { "force", "declarant", "department", "declared", "offered", "organisation", "relationship", "type", "value", "outcome", "disposal", "purchasing", "late", "supplier", "pattern", "approval", "review" })
            {
                p[name] = insert.Parameters.Add("$" + name, SqliteType.Integer);
            }

            p["organisationName"] = insert.Parameters.Add("$organisationName", SqliteType.Text);
            p["declared"].SqliteType = SqliteType.Text;
            p["offered"].SqliteType = SqliteType.Text;
            insert.Prepare();
            var random = new Random(20261123);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            for (var i = 0; i < rows; i++)
            {
                var person = people[random.Next(people.Count)];
                var offered = today.AddDays(-random.Next(0, 5 * 365));
                var declaredAfter = random.Next(100) < 8 ? random.Next(29, 120) : random.Next(0, 28);
                var declared = offered.AddDays(declaredAfter);
                var relationship = random.Next(1, 9);
                var accepted = random.Next(100) < 40;
                var value = (long)random.Next(0, 50_000);
                var supplier = relationship is 1 or 2;
                var purchasing = supplier && random.Next(100) < 20;
                p["force"].Value = person.ForceId;
                p["declarant"].Value = person.Id;
                p["department"].Value = (object?)person.DepartmentId ?? DBNull.Value;
                p["declared"].Value = declared.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["offered"].Value = offered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var organisation = random.Next(organisationsPerForce);
                p["organisation"].Value = organisations[person.ForceId][organisation];
                p["organisationName"].Value = $"Org {organisation:D4} Ltd";
                p["relationship"].Value = relationship;
                p["type"].Value = random.Next(1, 8);
                p["value"].Value = value;
                p["outcome"].Value = accepted ? 1 : 2;
                p["disposal"].Value = accepted ? random.Next(1, 5) : DBNull.Value;
                p["purchasing"].Value = purchasing ? 1 : 0;
                p["late"].Value = declaredAfter > 28 ? 1 : 0;
                p["supplier"].Value = supplier ? 1 : 0;
                p["pattern"].Value = (purchasing ? 4 : 0) | (random.Next(100) < 3 ? 1 : 0);
                p["approval"].Value = accepted && value > 5_000 ? random.Next(2, 6) : 1;
                p["review"].Value = random.Next(100) switch { < 20 => 1, < 90 => 2, < 98 => 3, _ => 4 };
                await insert.ExecuteNonQueryAsync();
            }
        }

        // Each declaration's dated status, as the workflow would have written it, for the reports.
        await using (var history = connection.CreateCommand())
        {
            history.Transaction = transaction;
            history.CommandText = """
                INSERT INTO GiftDeclarationStatusChange (ForceId, DeclarationId, EffectiveOn, Outcome, ValuePence, ApprovalStatus, ReviewStatus, IsFromSupplier, IsLate, RecordedBy, RecordedUtc)
                SELECT ForceId, Id, DeclaredOn, Outcome, ValuePence, ApprovalStatus, ReviewStatus, IsFromSupplier, IsLate, 'benchmark', DeclaredOn FROM GiftDeclarations
                """;
            await history.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE;";
        await analyse.ExecuteNonQueryAsync();
    }

    private static async Task<double> MedianAsync<T>(string path, Func<IntegrityDbContext, Task<T>> build)
    {
        var times = new List<double>();
        for (var run = 0; run <= Runs; run++)
        {
            await using var db = Open(path, SystemActor.Instance);
            var watch = Stopwatch.StartNew();
            await build(db);
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private sealed class BenchmarkActor(ForceScope scope) : ICurrentActor
    {
        public string? UserId => null;
        public string UserName => "benchmark";
        public IReadOnlyList<string> Roles => [IntegrityPortal.Core.Security.Roles.Psd];
        public int? HomeForceId => scope.ForceIds.FirstOrDefault();
        public ForceScope Scope => scope;
    }
}
