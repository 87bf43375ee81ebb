using System.Security.Cryptography;
using System.Text;
using IntegrityPortal.Benchmarks;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Benchmarks;

/// <summary>
/// The benchmark's national data set generator at a tiny scale (the six demo forces and two
/// more, a few people each): it fills every register, gives the same rows from the same seed,
/// and leaves the demo forces' figures for HMIC's period (September 2011 to May 2012) as the
/// demo seed made them. The national comparison, built in one set of queries grouped by force,
/// gives each force the figures of its own progress report.
/// </summary>
public class NationalDataSetTests
{
    private static readonly DataSetOptions Tiny = new(Seed: 42, Scale: 0.005, Forces: 8, Today: new DateOnly(2026, 11, 30));
    private static readonly ReportPeriod Hmic = new(new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31));
    private static readonly string[] Tables =
    [
        "Forces", "Departments", "People", "Organisations", "GiftDeclarations", "GiftDeclarationVersion", "GiftDeclarationStatusChange",
        "BusinessInterests", "BusinessInterestStep", "MediaContacts", "SuspectedLeaks", "Investigations", "InvestigationStatusChanges", "AuditEvents",
    ];

    [Fact]
    public async Task TheSameSeedGivesTheSameRows_AndAnotherSeedOtherRows()
    {
        var first = await TestDatabase.CreateCopyAsync();
        var second = await TestDatabase.CreateCopyAsync();
        var other = await TestDatabase.CreateCopyAsync();

        await NationalDataSet.LoadAsync(first, Tiny);
        await NationalDataSet.LoadAsync(second, Tiny);
        await NationalDataSet.LoadAsync(other, Tiny with { Seed = 43 });

        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.NotEqual(Fingerprint(first), Fingerprint(other));
    }

    [Fact]
    public async Task EveryForceGetsPeopleWithLineManagers_AndEveryRegisterHasRows()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await NationalDataSet.LoadAsync(path, Tiny);

        await using var db = TestDatabase.OpenAsSystem(path);
        Assert.Equal(8, await db.Forces.CountAsync());
        var newForce = await db.Forces.Where(f => f.Code == NationalForces.All[0].Code).Select(f => f.Id).SingleAsync();
        // The Metropolitan Police at 0.5% of 45,000 people: 225, give or take the rounding per department.
        Assert.InRange(await db.People.CountAsync(p => p.ForceId == newForce), 200, 240);
        Assert.True(await db.People.CountAsync(p => p.ForceId == newForce && p.LineManagerId != null) > 0);
        Assert.True(await db.GiftDeclarations.CountAsync(d => d.ForceId == newForce) > 0);
        Assert.True(await db.BusinessInterests.CountAsync(b => b.ForceId == newForce) > 0);
        Assert.True(await db.MediaContacts.CountAsync(c => c.ForceId == newForce) > 0);
        Assert.True(await db.AuditEvents.CountAsync(e => e.RecordForceId == newForce) > 0);
        // Nothing generated falls in or before HMIC's period.
        Assert.False(await db.GiftDeclarations.AnyAsync(d => d.ForceId == newForce && d.DeclaredOn < NationalDataSet.HistoryNotBefore));
    }

    [Fact]
    public async Task TheDemoForcesFiguresForHmicsPeriodAreUnchanged()
    {
        var seeded = await TestDatabase.CreateCopyAsync();
        var generated = await TestDatabase.CreateCopyAsync();
        await NationalDataSet.LoadAsync(generated, Tiny with { Today = DateOnly.FromDateTime(DateTime.UtcNow) });

        var counted = 0m;
        foreach (var (code, _, _, _) in DemoForces.All)
        {
            var before = await FiguresAsync(seeded, code, Hmic);
            var after = await FiguresAsync(generated, code, Hmic);
            Assert.Equal(before, after);
            counted += after.Sum(f => f.Value ?? 0);
        }

        Assert.True(counted > 0);

        // Over the generated years the same report does change: the check above can fail.
        var recent = new ReportPeriod(new DateOnly(2017, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.NotEqual(await FiguresAsync(seeded, "cumbria", recent), await FiguresAsync(generated, "cumbria", recent));
    }

    [Fact]
    public async Task TheNationalComparisonGivesEachForceTheFiguresOfItsOwnReport()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await NationalDataSet.LoadAsync(path, Tiny);
        var period = new ReportPeriod(new DateOnly(2016, 12, 1), Tiny.Today);

        await using var db = TestDatabase.OpenAsSystem(path);
        var forces = (await db.Forces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Code, f.Name }).ToListAsync()).Select(f => (f.Id, f.Code, f.Name)).ToList();
        var comparison = await NationalComparison.BuildAsync(db, forces, period);

        Assert.Equal(forces.Count, comparison.Forces.Count);
        foreach (var force in comparison.Forces)
        {
            var own = await ForceProgressReport.BuildAsync(db, force.ForceId, period);
            Assert.Equal(own.Figures.Select(f => (f.Key, f.Value)), force.Report.Figures.Select(f => (f.Key, f.Value)));
        }

        Assert.Contains(comparison.Forces, f => f.Value("gifts.declared") > 0 && f.Code == NationalForces.All[0].Code);
    }

    private static async Task<List<(string Key, decimal? Value)>> FiguresAsync(string path, string code, ReportPeriod period)
    {
        await using var db = TestDatabase.OpenAsSystem(path);
        var id = await db.Forces.Where(f => f.Code == code).Select(f => f.Id).SingleAsync();
        var report = await ForceProgressReport.BuildAsync(db, id, period);
        return [.. report.Figures.Select(f => (f.Key, f.Value))];
    }

    /// <summary>A hash of every row of the tables the generator fills, in id order.</summary>
    private static string Fingerprint(string path)
    {
        using var connection = new SqliteConnection(TestDatabase.ConnectionString(path));
        connection.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY Id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "|"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
