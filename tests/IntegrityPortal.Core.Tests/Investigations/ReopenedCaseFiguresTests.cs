using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Investigations;

/// <summary>A past period's figures never change: a case reopened today still counts as closed in last year.</summary>
public class ReopenedCaseFiguresTests
{
    private static readonly DateOnly LastYearFrom = new(2025, 1, 1);
    private static readonly DateOnly LastYearTo = new(2025, 12, 31);

    [Fact]
    public async Task ReopeningACase_LeavesLastYearsFiguresUnchanged_AndCountsItAsContinuingFromToday()
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        int caseId;
        await using (var db = setup.Open())
        {
            var workflow = new InvestigationWorkflow(db);
            var investigation = await workflow.OpenAsync(setup.Cumbria, InvestigationCategory.InappropriateDisclosureToMedia,
                InvestigationOrigin.PressOfficeFlag, new DateOnly(2025, 3, 1), "Custody details in a newspaper");
            workflow.Close(investigation, new DateOnly(2025, 6, 1), InvestigationOutcome.ManagementAction, null);
            await db.SaveChangesAsync();
            caseId = investigation.Id;
        }

        var before = await MediaFiguresAsync(setup, LastYearFrom, LastYearTo);
        var beforeToToday = await MediaFiguresAsync(setup, LastYearFrom, InvestigationTestSetup.Today);

        await using (var db = setup.Open())
        {
            var investigation = await db.Investigations.SingleAsync(i => i.Id == caseId);
            new InvestigationWorkflow(db).Reopen(investigation, "The journalist has named a second source");
            await db.SaveChangesAsync();
        }

        var after = await MediaFiguresAsync(setup, LastYearFrom, LastYearTo);
        var toToday = await MediaFiguresAsync(setup, LastYearFrom, InvestigationTestSetup.Today);

        Assert.Equal((before.Instigated, before.ContinuingAtPeriodEnd), (after.Instigated, after.ContinuingAtPeriodEnd));
        Assert.Equal(before.OpenNow + 1, after.OpenNow);
        Assert.Equal(beforeToToday.ContinuingAtPeriodEnd + 1, toToday.ContinuingAtPeriodEnd);
        await using var check = setup.Open();
        Assert.Equal(
            [InvestigationStatus.Open, InvestigationStatus.Closed, InvestigationStatus.Open],
            await check.InvestigationStatusChanges.Where(s => s.InvestigationId == caseId).OrderBy(s => s.Id).Select(s => s.Status).ToListAsync());
    }

    [Fact]
    public async Task ReopeningEveryClosedCaseOfHmicsPeriod_LeavesTheReportedFiguresUnchanged()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var system = TestDatabase.OpenAsSystem(path);
        var forceId = await system.Forces.Where(f => f.Code == "dyfed-powys").Select(f => f.Id).SingleAsync();
        var from = DemoInvestigationsSeeder.PeriodFrom;
        var to = DemoInvestigationsSeeder.PeriodTo;
        var before = await InvestigationFigures.ForPeriodAsync(system, forceId, from, to);

        await using (var db = TestDatabase.Open(path, new TestActor("psd.dyfed-powys", forceId, new ForceScope(false, [forceId]), Roles.Psd)))
        {
            var workflow = new InvestigationWorkflow(db);
            var closed = await db.Investigations.Where(i => i.ForceId == forceId && i.OpenedOn >= from && i.OpenedOn <= to && i.Status == InvestigationStatus.Closed).ToListAsync();
            Assert.NotEmpty(closed);
            closed.ForEach(i => workflow.Reopen(i, "Reviewed after new information"));
            await db.SaveChangesAsync();
        }

        var after = await InvestigationFigures.ForPeriodAsync(system, forceId, from, to);

        Assert.Equal((31, 4, 3), (before.Instigated, before.For(InvestigationCategory.InappropriateDisclosureToMedia).Instigated,
            before.For(InvestigationCategory.InappropriateDisclosureToMedia).ContinuingAtPeriodEnd));
        Assert.Equal(before.ByCategory, after.ByCategory.Select(c => c with { OpenNow = before.For(c.Category).OpenNow }).ToList());
        Assert.Equal(31, after.OpenNow);
    }

    private static async Task<CategoryFigures> MediaFiguresAsync(InvestigationTestSetup setup, DateOnly from, DateOnly to)
    {
        await using var db = setup.Open();
        return (await InvestigationFigures.ForPeriodAsync(db, setup.Cumbria, from, to)).For(InvestigationCategory.InappropriateDisclosureToMedia);
    }
}
