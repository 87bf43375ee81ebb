using System.Data.Common;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrityPortal.Core.Tests.Procurement;

public class ProcurementFiguresTests
{
    [Fact]
    public async Task Figures_CountRaisedAndSettledByTheEndOfThePeriod_AndAPastPeriodDoesNotChange()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var force = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var other = await db.Forces.Where(f => f.Code == "thames-valley").Select(f => f.Id).SingleAsync();
        var id = 0;
        ProcurementMatch Match(int forceId, DateTime raised, MatchStatus status = MatchStatus.New, DateTime? settled = null, MatchPriority priority = MatchPriority.Normal) => new()
        {
            ForceId = forceId, Kind = MatchKind.DuplicateOrganisation, LeftKind = MatchRecordKind.Organisation, LeftId = ++id,
            RightKind = MatchRecordKind.Organisation, RightId = 1000 + id, Score = 90, Reason = "Test", Priority = priority,
            RaisedUtc = raised, Status = status, SettledUtc = settled, SettledBy = settled is null ? null : "psd.cumbria",
        };
        db.ProcurementMatches.AddRange(
            Match(force, new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc), priority: MatchPriority.High),
            Match(force, new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc), MatchStatus.NotAMatch, new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc)),
            Match(force, new DateTime(2026, 2, 3, 9, 0, 0, DateTimeKind.Utc), MatchStatus.Referred, new DateTime(2026, 3, 20, 9, 0, 0, DateTimeKind.Utc)),
            Match(force, new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc), MatchStatus.AdviceGiven, new DateTime(2026, 3, 6, 9, 0, 0, DateTimeKind.Utc)),
            Match(force, new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc)),
            Match(other, new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();

        var february = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));
        var quarter = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        var empty = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        // The referral of 20 March does not count in a period that ended on 28 February.
        Assert.Equal(new ProcurementFigures(3, 1, 1, 0, 0, 0), february);
        Assert.Equal(2, february.Open);
        Assert.Equal(new ProcurementFigures(4, 1, 1, 0, 1, 1), quarter);
        Assert.Equal(1, quarter.Open);
        Assert.Equal(new ProcurementFigures(0, 0, 0, 0, 0, 0), empty);
    }

    [Fact]
    public async Task PeriodAndQuarterFigures_ReadOnlyTheFiguresIndex_ForTheForceAndPeriod()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        var plans = new MatchPlans();
        var options = new DbContextOptionsBuilder<IntegrityDbContext>().UseSqlite(TestDatabase.ConnectionString(path)).AddInterceptors(plans).Options;
        await using var db = new IntegrityDbContext(options, SystemActor.Instance, TimeProvider.System);
        var force = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();

        await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        await ProcurementFigures.ByQuarterAsync(db, force, DashboardQuarters.Containing(new DateOnly(2026, 12, 4)));

        // Each query of the matches searches the covering index by force and date raised, and
        // reads no row of the table.
        Assert.Equal(2, plans.Plans.Count);
        Assert.All(plans.Plans, plan => Assert.Contains(plan, step =>
            step.StartsWith("SEARCH p USING COVERING INDEX IX_ProcurementMatches_Figures (ForceId=? AND RaisedUtc>? AND RaisedUtc<?)", StringComparison.Ordinal)));
    }

    /// <summary>SQLite's plan of every query of the matches, with the command's own parameters.</summary>
    private sealed class MatchPlans : DbCommandInterceptor
    {
        public List<List<string>> Plans { get; } = [];

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"ProcurementMatches\"", StringComparison.Ordinal))
            {
                await using var explain = command.Connection!.CreateCommand();
                explain.Transaction = command.Transaction;
                explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                foreach (SqliteParameter p in command.Parameters)
                {
                    explain.Parameters.Add(new SqliteParameter(p.ParameterName, p.Value ?? DBNull.Value));
                }

                var plan = new List<string>();
                await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        plan.Add(reader.GetString(3));
                    }
                }

                TestContext.Current.TestOutputHelper?.WriteLine(command.CommandText + Environment.NewLine + string.Join(Environment.NewLine, plan));
                Plans.Add(plan);
            }

            return result;
        }
    }
}
