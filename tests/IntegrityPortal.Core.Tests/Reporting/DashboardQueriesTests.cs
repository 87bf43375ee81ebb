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
    public async Task QuarterIndex_OfInstants_FollowsUkMidnight_AcrossSummerTime()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var quarters = DashboardQuarters.Containing(new DateOnly(2030, 5, 15));
        var forceId = await db.Forces.Select(f => f.Id).FirstAsync();
        // 1 April 2030 00:30 in the UK is 31 March 23:30 UTC (summer time): the second quarter.
        var instants = new[] { new DateTime(2030, 3, 31, 23, 30, 0, DateTimeKind.Utc), new DateTime(2030, 3, 31, 22, 59, 0, DateTimeKind.Utc) };

        var sql = db.MediaContacts.Where(c => c.ForceId == forceId)
            .Where(quarters.Within<MediaContact>(c => c.ContactedUtc))
            .GroupBy(quarters.IndexOf<MediaContact>(c => c.ContactedUtc))
            .Select(g => new { g.Key, Count = g.Count() })
            .ToQueryString();
        var index = quarters.IndexOf<MediaContact>(c => c.ContactedUtc).Compile();

        Assert.Contains("CASE", sql);
        Assert.Contains("GROUP BY", sql);
        Assert.Equal(new Quarter(2030, 2), quarters.All[index(new MediaContact { ContactedUtc = instants[0] })]);
        Assert.Equal(new Quarter(2030, 1), quarters.All[index(new MediaContact { ContactedUtc = instants[1] })]);
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
