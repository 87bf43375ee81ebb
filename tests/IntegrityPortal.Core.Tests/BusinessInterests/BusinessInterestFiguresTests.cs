using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Core.Tests.Data;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.BusinessInterests;

public class BusinessInterestFiguresTests
{
    /// <summary>HMIC's figures for September 2011 to May 2012 (the product brief's table), typed here from the table.</summary>
    public static TheoryData<string, int, int> Table() => new()
    {
        { "dyfed-powys", 57, 57 },
        { "cumbria", 18, 17 },
        { "avon-and-somerset", 63, 62 },
        { "thames-valley", 129, 128 },
        { "warwickshire", 35, 33 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task DemoData_GivesEachForceTheFiguresOfTheSourceDocuments(string code, int applications, int approved)
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var forceId = await db.Forces.Where(f => f.Code == code).Select(f => f.Id).SingleAsync();

        var figures = await BusinessInterestFigures.ForPeriodAsync(db, forceId, new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31));

        Assert.Equal(applications, figures.Received);
        Assert.Equal(approved, figures.Approved);
        Assert.Equal(applications - approved, figures.Refused);
        Assert.Equal(0, figures.Pending);
        Assert.Equal(0, figures.Withdrawn);
        Assert.InRange(figures.ApprovedWithConditions, 1, approved);
    }

    [Fact]
    public async Task DemoData_HasEveryStateInEveryForce_AndApplicantsAreTheForcesOwnPeople()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        foreach (var force in await db.Forces.Include(f => f.Settings).ToListAsync())
        {
            var states = await db.BusinessInterests.Where(b => b.ForceId == force.Id).Select(b => b.Status).Distinct().ToListAsync();
            var expected = Enum.GetValues<InterestStatus>().Where(s => s != InterestStatus.AwaitingLineManager || force.Settings!.BusinessInterestLineManagerStep);
            Assert.All(expected, s => Assert.Contains(s, states));
            Assert.False(await db.BusinessInterests.AnyAsync(b => b.ForceId == force.Id && b.Applicant!.ForceId != force.Id));
            Assert.False(await db.BusinessInterests.AnyAsync(b => b.DecidedByPersonId == b.ApplicantId || b.DecidedByPersonId == b.Applicant!.LineManagerId));
            var today = TimeProvider.System.Today();
            Assert.True(await db.BusinessInterests.AnyAsync(b => b.ForceId == force.Id && b.Status == InterestStatus.Approved && b.ReviewDueOn < today));
            Assert.True(await db.BusinessInterests.AnyAsync(b => b.ForceId == force.Id && b.Status == InterestStatus.Approved && b.ReviewDueOn >= today && b.ReviewDueOn <= today.AddDays(30)));
        }

        var figures = await BusinessInterestFigures.ForPeriodAsync(db, await db.Forces.Where(f => f.Code == "west-mercia").Select(f => f.Id).SingleAsync(),
            DemoBusinessInterestsSeeder.PeriodStart, DemoBusinessInterestsSeeder.PeriodEnd);
        Assert.Equal(DemoBusinessInterestsSeeder.PeriodFigures["west-mercia"], (figures.Received, figures.Approved));
    }

    [Fact]
    public async Task Figures_CountEachOutcomeOfTheApplicationsReceivedInThePeriod()
    {
        var world = await InterestTestWorld.CreateAsync();
        async Task<int> Decided(DecisionOutcome outcome)
        {
            var id = await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingDecision);
            await world.StepAsync("head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, outcome, outcome == DecisionOutcome.Approved ? null : "Text"));
            return id;
        }

        await Decided(DecisionOutcome.Approved);
        await Decided(DecisionOutcome.ApprovedWithConditions);
        await Decided(DecisionOutcome.ApprovedWithConditions);
        var appealedUpheld = await Decided(DecisionOutcome.Refused);
        var appealedDismissed = await Decided(DecisionOutcome.Refused);
        var appealedPending = await Decided(DecisionOutcome.Refused);
        await Decided(DecisionOutcome.Refused);
        await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.Withdrawn); // a draft withdrawn: never received
        var withdrawn = await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingAssessment);
        await world.StepAsync("officer", withdrawn, (w, b, p) => { w.Withdraw(b, p, null); return Task.CompletedTask; });
        await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingLineManager);
        await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.Draft); // not received
        foreach (var id in new[] { appealedUpheld, appealedDismissed, appealedPending })
        {
            await world.StepAsync("officer", id, (w, b, p) => w.LodgeAppealAsync(b, p, "Please"));
        }

        await world.StepAsync("dcc", appealedUpheld, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Upheld, "Yes", null));
        await world.StepAsync("dcc", appealedDismissed, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Dismissed, "No", null));
        // Received the next day: outside a one-day period.
        world.Clock.Advance(TimeSpan.FromDays(1));
        await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingLineManager);

        await using var db = Testing.TestDatabase.OpenAsSystem(world.Path);
        var day = new DateOnly(2026, 6, 15);
        var figures = await BusinessInterestFigures.ForPeriodAsync(db, world.ForceId, day, day);

        Assert.Equal(new BusinessInterestFigures(Received: 9, Approved: 3, ApprovedWithConditions: 2, Refused: 4, Withdrawn: 1, Pending: 1,
            Appeals: 3, AppealsUpheld: 1, AppealsDismissed: 1, AppealsPending: 1), figures);
        Assert.Equal(10, (await BusinessInterestFigures.ForPeriodAsync(db, world.ForceId, day, day.AddDays(1))).Received);
        Assert.Equal(0, (await BusinessInterestFigures.ForPeriodAsync(db, world.ForceId, day.AddDays(2), day.AddDays(9))).Received);
    }

    [Fact]
    public async Task Figures_OfAPeriodThatEnded_CountOnlyTheStepsTakenByItsEnd()
    {
        var world = await InterestTestWorld.CreateAsync();
        var day = new DateOnly(2026, 6, 15);
        var refused = await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingDecision);
        await world.StepAsync("head-of-psd", refused, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, "No"));
        var decidedLater = await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingDecision);
        var withdrawnLater = await BusinessInterestTransitionTests.BringToAsync(world, InterestStatus.AwaitingAssessment);
        async Task<BusinessInterestFigures> FiguresAsync(DateOnly to)
        {
            await using var db = Testing.TestDatabase.OpenAsSystem(world.Path);
            return await BusinessInterestFigures.ForPeriodAsync(db, world.ForceId, day, to);
        }

        var atTheEnd = await FiguresAsync(day);
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.StepAsync("head-of-psd", decidedLater, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.ApprovedWithConditions, "Not in uniform"));
        await world.StepAsync("officer", withdrawnLater, (w, b, p) => { w.Withdraw(b, p, null); return Task.CompletedTask; });
        await world.StepAsync("officer", refused, (w, b, p) => w.LodgeAppealAsync(b, p, "Please"));
        await world.StepAsync("dcc", refused, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Upheld, "Yes", null));

        Assert.Equal(new BusinessInterestFigures(Received: 3, Approved: 0, ApprovedWithConditions: 0, Refused: 1, Withdrawn: 0, Pending: 2,
            Appeals: 0, AppealsUpheld: 0, AppealsDismissed: 0, AppealsPending: 0), atTheEnd);
        Assert.Equal(atTheEnd, await FiguresAsync(day));
        Assert.Equal(new BusinessInterestFigures(Received: 3, Approved: 1, ApprovedWithConditions: 1, Refused: 1, Withdrawn: 1, Pending: 0,
            Appeals: 1, AppealsUpheld: 1, AppealsDismissed: 0, AppealsPending: 0), await FiguresAsync(day.AddDays(1)));
    }

    [Fact]
    public async Task FigureQueries_ReadCoveringIndexes_NeverATableWhole()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var forceId = await db.Forces.Where(f => f.Code == "thames-valley").Select(f => f.Id).SingleAsync();

        var period = await ForceFilterPlanTests.PlanAsync(BusinessInterestFigures.PeriodCounts(db, [forceId], DemoBusinessInterestsSeeder.PeriodStart, DemoBusinessInterestsSeeder.PeriodEnd));
        var quarters = await ForceFilterPlanTests.PlanAsync(BusinessInterestFigures.QuarterSteps(db, forceId, DashboardQuarters.Containing(db.Clock.Today())));

        Assert.Contains(period, l => l.Contains("USING COVERING INDEX IX_BusinessInterests_ForceId_SubmittedOn_Figures", StringComparison.Ordinal));
        Assert.Contains(quarters, l => l.Contains("USING INDEX IX_BusinessInterestStep_ForceId_Kind_OccurredUtc (ForceId=? AND Kind=? AND OccurredUtc>? AND OccurredUtc<?)", StringComparison.Ordinal));
        Assert.All(period.Concat(quarters), l => Assert.False(l.StartsWith("SCAN ", StringComparison.Ordinal) && !l.Contains(" USING ", StringComparison.Ordinal), l));
    }
}
