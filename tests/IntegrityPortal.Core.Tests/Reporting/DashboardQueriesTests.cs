using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Reporting;

/// <summary>The quarter index is computed by the database, at the UK quarter boundaries.</summary>
public class DashboardQueriesTests
{
    [Fact]
    public async Task QuarterIndex_IsACaseInTheGroupedQuery_AtTheQuartersFirstDays()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var quarters = DashboardQuarters.Containing(db.Clock.Today());
        var forceId = await db.Forces.Select(f => f.Id).FirstAsync();
        var workflow = new InvestigationWorkflow(db);
        var all = quarters.All;
        // The first day of the oldest quarter, the last day of a quarter and the first of the next, and a day before the range.
        foreach (var opened in new[] { all[0].FirstDay, all[4].LastDay, all[5].FirstDay, all[5].FirstDay, all[0].FirstDay.AddDays(-1) })
        {
            await workflow.OpenAsync(forceId, InvestigationCategory.Other, InvestigationOrigin.InternalReferral, opened, "Quarter test");
            await db.SaveChangesAsync();
        }

        var query = db.Investigations.Where(i => i.ForceId == forceId)
            .Where(quarters.Within<Investigation>(i => i.OpenedOn))
            .GroupBy(quarters.IndexOf<Investigation>(i => i.OpenedOn))
            .Select(g => new { Index = g.Key, Count = g.Count() });
        var rows = (await query.ToListAsync()).ToDictionary(r => quarters.All[r.Index], r => r.Count);

        Assert.Contains("CASE", query.ToQueryString());
        Assert.Contains("GROUP BY", query.ToQueryString());
        Assert.Equal(new Dictionary<Quarter, int> { [all[0]] = 1, [all[4]] = 1, [all[5]] = 2 }, rows);
    }

    [Fact]
    public async Task CaseAgeing_CountsOpenCasesByAge_InTheDatabase()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var forceId = await db.Forces.Select(f => f.Id).FirstAsync();
        var today = db.Clock.Today();
        var workflow = new InvestigationWorkflow(db);
        foreach (var opened in new[] { today.AddDays(-10), today.AddMonths(-4), today.AddMonths(-7), today.AddMonths(-12), today.AddMonths(-30) })
        {
            await workflow.OpenAsync(forceId, InvestigationCategory.Other, InvestigationOrigin.InternalReferral, opened, "Ageing test");
            await db.SaveChangesAsync();
        }

        var closed = await workflow.OpenAsync(forceId, InvestigationCategory.Other, InvestigationOrigin.InternalReferral, today.AddMonths(-20), "Closed");
        await db.SaveChangesAsync();
        workflow.Close(closed, today.AddDays(-1), InvestigationOutcome.NoCaseToAnswer, null);
        await db.SaveChangesAsync();

        var ageing = await InvestigationFigures.OpenCaseAgeingAsync(db, forceId, today);

        Assert.Equal(new CaseAgeing(1, 1, 1, 2), ageing);
    }
}
