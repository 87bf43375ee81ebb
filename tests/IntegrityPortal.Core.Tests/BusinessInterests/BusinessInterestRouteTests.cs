using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Security;

namespace IntegrityPortal.Core.Tests.BusinessInterests;

/// <summary>The route each force sets, the separation of duties, the appeal window and the review dates.</summary>
public class BusinessInterestRouteTests
{
    private static Task Sync(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    private static async Task<BusinessInterestWorkflowException> RefusedAsync(InterestTestWorld world, string account, int id, Func<BusinessInterestWorkflow, BusinessInterest, int?, Task> step) =>
        await Assert.ThrowsAsync<BusinessInterestWorkflowException>(() => world.StepAsync(account, id, step));

    private static async Task<int> AwaitingDecisionAsync(InterestTestWorld world, string applicant = "officer")
    {
        var id = await world.DraftAsync(applicant);
        await world.StepAsync(applicant, id, (w, b, p) => w.SubmitAsync(b, p));
        if ((await world.LoadAsync(id)).Status == InterestStatus.AwaitingLineManager)
        {
            var manager = (await world.LoadAsync(id)).LineManagerPersonId;
            Assert.Equal(world.Person("manager"), manager);
            await world.StepAsync("manager", id, (w, b, p) => Sync(() => w.LineManagerView(b, p, false, "Worried about the hours")));
        }

        await world.StepAsync("psd", id, (w, b, p) => w.AssessAsync(b, p, RiskRating.Medium, AssessmentChecks.HoursAboveWorkingTimeLimit, "Hours"));
        return id;
    }

    [Fact]
    public async Task ThamesValley_NoLineManagerStep_GoesStraightToPsd_AndTheHeadOfPsdDecides()
    {
        var world = await InterestTestWorld.CreateAsync("thames-valley");
        var id = await world.DraftAsync();

        await world.StepAsync("officer", id, (w, b, p) => w.SubmitAsync(b, p));
        var submitted = await world.LoadAsync(id);
        Assert.Equal(InterestStatus.AwaitingAssessment, submitted.Status);
        Assert.Null(submitted.LineManagerPersonId);

        await world.StepAsync("psd", id, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Low"));
        var refused = await RefusedAsync(world, "dcc", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
        Assert.Contains("head of psd", refused.Message, StringComparison.OrdinalIgnoreCase);
        await world.StepAsync("head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
        Assert.Equal(InterestStatus.Approved, (await world.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Warwickshire_LineManagerThenPsd_TheDeputyChiefConstableDecides_AndTheHeadOfPsdHearsAppeals()
    {
        var world = await InterestTestWorld.CreateAsync("warwickshire");
        var id = await AwaitingDecisionAsync(world);
        var steps = (await world.LoadAsync(id)).Steps.Select(s => s.Kind).ToList();
        Assert.Contains(StepKind.LineManagerNotSupported, steps);

        await RefusedAsync(world, "head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, "Hours"));
        await world.StepAsync("dcc", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, "Hours too long"));
        await world.StepAsync("officer", id, (w, b, p) => w.LodgeAppealAsync(b, p, "I will cut the hours"));

        await RefusedAsync(world, "dcc", id, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Upheld, "Fine", null));
        await world.StepAsync("head-of-psd", id, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Upheld, "With fewer hours it is fine", "No more than 8 hours a week"));
        var upheld = await world.LoadAsync(id);
        Assert.Equal(InterestStatus.Approved, upheld.Status);
        Assert.Equal(DecisionOutcome.Refused, upheld.DecisionOutcome);
        Assert.Equal(AppealOutcome.Upheld, upheld.AppealOutcome);
        Assert.Equal("No more than 8 hours a week", upheld.Conditions);
    }

    [Fact]
    public async Task ASettingChange_ChangesTheRoute_ForTheNextSubmission()
    {
        var world = await InterestTestWorld.CreateAsync("cumbria", s =>
        {
            s.BusinessInterestLineManagerStep = false;
            s.BusinessInterestDecisionMakerRole = Roles.DeputyChiefConstable;
        });
        var id = await world.DraftAsync();
        await world.StepAsync("officer", id, (w, b, p) => w.SubmitAsync(b, p));
        Assert.Equal(InterestStatus.AwaitingAssessment, (await world.LoadAsync(id)).Status);
        await world.StepAsync("psd", id, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Low"));
        await RefusedAsync(world, "head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
        await world.StepAsync("dcc", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
    }

    [Fact]
    public async Task NobodyAssessesOrDecides_TheirOwnApplication_OrOneFromSomeoneTheyLineManage()
    {
        // In Cumbria the head of PSD decides; PSD's sergeant is line-managed by the head of PSD.
        var world = await InterestTestWorld.CreateAsync();

        var psdOwn = await world.DraftAsync("psd");
        await world.StepAsync("psd", psdOwn, (w, b, p) => w.SubmitAsync(b, p));
        Assert.Equal(InterestStatus.AwaitingLineManager, (await world.LoadAsync(psdOwn)).Status);
        // The head of PSD is the PSD sergeant's line manager: their view is the line manager's.
        await world.StepAsync("head-of-psd", psdOwn, (w, b, p) => Sync(() => w.LineManagerView(b, p, true, "Fine")));
        var own = await RefusedAsync(world, "psd", psdOwn, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Mine"));
        Assert.Equal(BusinessInterestWorkflow.OwnOrTeam, own.Message);
        var team = await RefusedAsync(world, "head-of-psd", psdOwn, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "My team"));
        Assert.Equal(BusinessInterestWorkflow.OwnOrTeam, team.Message);

        var headsOwn = await world.DraftAsync("head-of-psd");
        await world.StepAsync("head-of-psd", headsOwn, (w, b, p) => w.SubmitAsync(b, p));
        await world.StepAsync("dcc", headsOwn, (w, b, p) => Sync(() => w.LineManagerView(b, p, true, "Fine")));
        await world.StepAsync("psd", headsOwn, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Low"));
        var decideOwn = await RefusedAsync(world, "head-of-psd", headsOwn, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
        Assert.Equal(BusinessInterestWorkflow.OwnOrTeam, decideOwn.Message);
        Assert.Equal(InterestStatus.AwaitingDecision, (await world.LoadAsync(headsOwn)).Status);
    }

    [Fact]
    public async Task TheHeadOfPsdWhoAssessed_DoesNotDecide_APsdOfficersAssessmentTheyMayDecide()
    {
        // Cumbria: the head of PSD decides. When they assess an application themselves, someone
        // else must decide it; the force can make the DCC the decision maker for such cases.
        var world = await InterestTestWorld.CreateAsync("cumbria", s => s.BusinessInterestLineManagerStep = false);
        var assessedByHead = await world.DraftAsync();
        await world.StepAsync("officer", assessedByHead, (w, b, p) => w.SubmitAsync(b, p));
        await world.StepAsync("head-of-psd", assessedByHead, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Low"));

        var refused = await RefusedAsync(world, "head-of-psd", assessedByHead, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));

        Assert.Equal(BusinessInterestWorkflow.AssessedIt, refused.Message);
        Assert.Equal(InterestStatus.AwaitingDecision, (await world.LoadAsync(assessedByHead)).Status);

        var assessedByPsd = await world.DraftAsync("staff");
        await world.StepAsync("staff", assessedByPsd, (w, b, p) => w.SubmitAsync(b, p));
        await world.StepAsync("psd", assessedByPsd, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Low"));
        await world.StepAsync("head-of-psd", assessedByPsd, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
        Assert.Equal(InterestStatus.Approved, (await world.LoadAsync(assessedByPsd)).Status);
    }

    [Fact]
    public async Task NobodyHearsAnAppeal_FromSomeoneTheyLineManage_OrOnTheirOwnDecision()
    {
        // Warwickshire: the DCC decides, the head of PSD hears appeals and line-manages PSD's sergeant.
        var world = await InterestTestWorld.CreateAsync("warwickshire");
        var id = await world.DraftAsync("psd");
        await world.StepAsync("psd", id, (w, b, p) => w.SubmitAsync(b, p));
        await world.StepAsync("head-of-psd", id, (w, b, p) => Sync(() => w.LineManagerView(b, p, true, "Fine")));
        await RefusedAsync(world, "psd", id, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Mine"));
        await RefusedAsync(world, "head-of-psd", id, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Team"));
        Assert.Equal(InterestStatus.AwaitingAssessment, (await world.LoadAsync(id)).Status);

        // The same rule on appeal: an officer's refusal appealed, heard by the head of PSD, is allowed.
        var officers = await AwaitingDecisionAsync(world);
        await world.StepAsync("dcc", officers, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, "No"));
        await world.StepAsync("officer", officers, (w, b, p) => w.LodgeAppealAsync(b, p, "Please"));
        await world.StepAsync("head-of-psd", officers, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Dismissed, "Refusal stands", null));
        Assert.Equal(InterestStatus.Refused, (await world.LoadAsync(officers)).Status);
    }

    [Fact]
    public async Task Appeal_IsOpenUntilTheLastDayOfTheForcesWindow_AndOnlyOnce()
    {
        var world = await InterestTestWorld.CreateAsync("cumbria", s => s.BusinessInterestAppealDays = 14);
        var onTime = await AwaitingDecisionAsync(world);
        var late = await AwaitingDecisionAsync(world);
        await world.StepAsync("head-of-psd", onTime, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, "No"));
        await world.StepAsync("head-of-psd", late, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, "No"));

        world.Clock.Advance(TimeSpan.FromDays(14));
        await world.StepAsync("officer", onTime, (w, b, p) => w.LodgeAppealAsync(b, p, "On the last day"));
        world.Clock.Advance(TimeSpan.FromDays(1));
        var tooLate = await RefusedAsync(world, "officer", late, (w, b, p) => w.LodgeAppealAsync(b, p, "A day late"));
        Assert.Equal(BusinessInterestWorkflow.AppealTooLate, tooLate.Message);

        await world.StepAsync("dcc", onTime, (w, b, p) => w.DecideAppealAsync(b, p, AppealOutcome.Dismissed, "Stands", null));
        var again = await RefusedAsync(world, "officer", onTime, (w, b, p) => w.LodgeAppealAsync(b, p, "Again"));
        Assert.Equal(BusinessInterestWorkflow.AppealedBefore, again.Message);
    }

    [Fact]
    public async Task Decision_NeedsConditionsOrReasons()
    {
        var world = await InterestTestWorld.CreateAsync();
        var id = await AwaitingDecisionAsync(world);
        Assert.Equal(BusinessInterestWorkflow.ConditionsNeeded,
            (await RefusedAsync(world, "head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.ApprovedWithConditions, " "))).Message);
        Assert.Equal(BusinessInterestWorkflow.ReasonsNeeded,
            (await RefusedAsync(world, "head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Refused, null))).Message);
    }

    [Fact]
    public async Task Review_IsDueAfterTheForcesInterval_AndContinuingSetsTheNextOne()
    {
        var world = await InterestTestWorld.CreateAsync("cumbria", s => s.BusinessInterestReviewMonths = 6);
        var id = await AwaitingDecisionAsync(world);
        await world.StepAsync("head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, DecisionOutcome.Approved, null));
        var approved = await world.LoadAsync(id);
        Assert.Equal(new DateOnly(2026, 12, 15), approved.ReviewDueOn);
        Assert.False(BusinessInterestRules.IsReviewOverdue(approved.ReviewDueOn, world.Clock.Today()));

        world.Clock.Advance(TimeSpan.FromDays(170));
        Assert.True(BusinessInterestRules.IsReviewDueSoon(approved.ReviewDueOn, world.Clock.Today()));
        world.Clock.Advance(TimeSpan.FromDays(14));
        Assert.True(BusinessInterestRules.IsReviewOverdue(approved.ReviewDueOn, world.Clock.Today()));

        var updated = world.Details(hours: 10) with { WhenHoursFall = "Sunday mornings" };
        await world.StepAsync("officer", id, (w, b, p) => w.ConfirmForReviewAsync(b, p, updated));
        await world.StepAsync("psd", id, (w, b, p) => w.ReviewAsync(b, p, ReviewOutcome.ChangeConditions, "More hours now", "Not before a night shift"));
        var reviewed = await world.LoadAsync(id);
        Assert.Equal(world.Clock.Today().AddMonths(6), reviewed.ReviewDueOn);
        Assert.Equal("Not before a night shift", reviewed.Conditions);
        Assert.Equal(2, reviewed.Versions.Count);
        Assert.Equal(updated, reviewed.Versions.Single(v => v.Number == 2).ReadDetails());
        Assert.Equal(world.Details(), reviewed.Versions.Single(v => v.Number == 1).ReadDetails());
    }
}
