using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Gifts;

/// <summary>
/// The kept counts of declarations per force and month (<see cref="GiftMonthCount"/>) always
/// equal the declarations themselves, and the period figures read through them equal the
/// figures counted from the rows alone, whatever the period.
/// </summary>
public class GiftMonthCountTests
{
    /// <summary>The demonstration data, then a declaration made, amended and reviewed, and another declined, through the workflow.</summary>
    private static async Task<string> DemoWithStepsAsync()
    {
        var path = await TestDatabase.CreateCopyAsync();
        int cumbria, officer;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            officer = await system.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
        }

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        int amendedId;
        await using (var db = TestDatabase.Open(path, psd))
        {
            var declarant = await db.People.SingleAsync(p => p.Id == officer);
            var organisation = await db.Organisations.Where(o => o.ForceId == cumbria).Select(o => o.Id).FirstAsync();
            var today = db.Clock.Today();
            var workflow = new GiftWorkflow(db);
            var declared = await workflow.DeclareAsync(declarant, GiftRulesTests.Offer(offeredOn: today.AddDays(-3), valuePence: 2_500, outcome: OfferOutcome.Declined, organisationId: organisation));
            await workflow.DeclareAsync(declarant, GiftRulesTests.Offer(offeredOn: today.AddDays(-1), valuePence: 900, outcome: OfferOutcome.Declined, organisationId: organisation));
            await db.SaveChangesAsync();
            amendedId = declared.Id;
        }

        await using (var db = TestDatabase.Open(path, psd))
        {
            var today = db.Clock.Today();
            var workflow = new GiftWorkflow(db);
            var amended = await db.GiftDeclarations.SingleAsync(d => d.Id == amendedId);
            await workflow.AmendAsync(amended, GiftRulesTests.Offer(offeredOn: today.AddDays(-3), valuePence: 3_000, outcome: OfferOutcome.Accepted, disposal: GiftDisposal.KeptByForce, organisationId: amended.OrganisationId), "Accepted after all");
            workflow.Review(amended, null, ReviewStatus.NeedsAction, "Ask about it");
            var older = await db.GiftDeclarations.Where(d => d.ForceId == cumbria && d.ReviewStatus == ReviewStatus.AwaitingReview && d.DeclaredOn < today.AddDays(-7))
                .OrderBy(d => d.Id).FirstAsync();
            workflow.Review(older, null, ReviewStatus.Reviewed, null);
            await db.SaveChangesAsync();
        }

        return path;
    }

    [Fact]
    public async Task KeptCounts_EqualTheDeclarations_AfterSeedingAndWorkflowSteps()
    {
        var path = await DemoWithStepsAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var ct = TestContext.Current.CancellationToken;

        var declarations = (await db.GiftDeclarations
                .Select(d => new { d.ForceId, d.DeclaredOn, d.Outcome, d.ApprovalStatus, d.ReviewStatus, d.IsFromSupplier, d.IsLate, d.ValuePence })
                .ToListAsync(ct))
            .GroupBy(d => (d.ForceId, GiftMonthCount.MonthOf(d.DeclaredOn), d.Outcome, d.ApprovalStatus, d.ReviewStatus, d.IsFromSupplier, d.IsLate))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(d => d.ValuePence)));
        var kept = (await db.Set<GiftMonthCount>().ToListAsync(ct))
            .Where(c => c.Count != 0 || c.ValuePence != 0)
            .ToDictionary(c => (c.ForceId, c.Month, c.Outcome, c.ApprovalStatus, c.ReviewStatus, c.IsFromSupplier, c.IsLate), c => (c.Count, c.ValuePence));

        Assert.NotEmpty(declarations);
        Assert.Equal(declarations.OrderBy(p => p.Key), kept.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task PeriodFigures_ThroughTheKeptCounts_EqualTheFiguresCountedFromTheRows()
    {
        var path = await DemoWithStepsAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var ct = TestContext.Current.CancellationToken;
        var forces = await db.Forces.Select(f => f.Id).ToListAsync(ct);
        var today = db.Clock.Today();
        var periods = new List<(DateOnly From, DateOnly To)>
        {
            (new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31)),
            (today.AddYears(-10), today),
            (today.AddYears(-3).AddDays(5), today.AddMonths(-1)),
            (GiftMonthCount.MonthOf(today).AddMonths(-6), GiftMonthCount.MonthOf(today).AddDays(-1)),
            (GiftMonthCount.MonthOf(today), today),
            (today.AddDays(-40), today.AddDays(-2)),
            (today.AddDays(-3), today.AddDays(-3)),
            (today.AddMonths(-14).AddDays(3), today.AddMonths(-2).AddDays(-3)),
        };

        foreach (var (from, to) in periods)
        {
            var kept = await GiftFigures.ForForcesAsync(db, forces, from, to, ct);
            var rows = await GiftFigures.CountFromRowsAsync(db, forces, from, to, ct);
            Assert.True(rows.Values.Any(f => f.Declared > 0) || to < new DateOnly(2012, 6, 1), $"{from}–{to} holds no declaration");
            Assert.Equal(rows.OrderBy(p => p.Key), kept.OrderBy(p => p.Key));
        }
    }

    [Fact]
    public async Task DeclarationsChangedAfterARecentPeriod_AreSoughtByTheirLastStep_NotReadThroughThePeriod()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync(TestContext.Current.CancellationToken);
        var today = db.Clock.Today();

        var recent = await Data.ForceFilterPlanTests.PlanAsync(GiftFigures.ChangedAfter(db, [cumbria], today.AddYears(-10), today.AddDays(-1), today.AddDays(-1)));
        var longPast = await Data.ForceFilterPlanTests.PlanAsync(GiftFigures.ChangedAfter(db, [cumbria], new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31), new DateOnly(2012, 5, 31)));

        Assert.Contains(recent, l => l.Contains("IX_GiftDeclarations_ForceId_LastStepOn_DeclaredOn (ForceId=? AND LastStepOn>?)", StringComparison.Ordinal));
        Assert.Contains(longPast, l => l.Contains("(ForceId=? AND DeclaredOn>? AND DeclaredOn<?)", StringComparison.Ordinal));
    }
}
