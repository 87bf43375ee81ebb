using IntegrityPortal.Core.BusinessInterests;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.BusinessInterests;

/// <summary>
/// Every step tried at every stage by every kind of person, in Cumbria (line-manager step on,
/// head of PSD decides, deputy chief constable hears appeals). The legal ones succeed and move
/// the application on; every other one is refused by the workflow and changes nothing.
/// </summary>
public class BusinessInterestTransitionTests
{
    // Demo accounts of Cumbria: the applicant, their line manager, PSD, head of PSD, DCC and a colleague.
    private static readonly string[] Actors = ["officer", "manager", "psd", "head-of-psd", "dcc", "staff"];

    private static readonly Dictionary<string, Func<BusinessInterestWorkflow, BusinessInterest, int?, InterestTestWorld, Task>> Actions = new()
    {
        ["update draft"] = (w, b, p, world) => w.UpdateDraftAsync(b, p, world.Details(hours: 7)),
        ["submit"] = (w, b, p, _) => w.SubmitAsync(b, p),
        ["line manager view"] = (w, b, p, _) => Sync(() => w.LineManagerView(b, p, true, "Supports it")),
        ["assess"] = (w, b, p, _) => w.AssessAsync(b, p, RiskRating.Medium, AssessmentChecks.ReputationalRisk, "Some risk"),
        ["decide"] = (w, b, p, _) => w.DecideAsync(b, p, DecisionOutcome.ApprovedWithConditions, "Not in uniform"),
        ["withdraw"] = (w, b, p, _) => Sync(() => w.Withdraw(b, p, "Changed my mind")),
        ["appeal"] = (w, b, p, _) => w.LodgeAppealAsync(b, p, "Please reconsider"),
        ["decide appeal"] = (w, b, p, _) => w.DecideAppealAsync(b, p, AppealOutcome.Upheld, "On reflection", null),
        ["confirm at review"] = (w, b, p, _) => w.ConfirmForReviewAsync(b, p, null),
        ["review"] = (w, b, p, _) => w.ReviewAsync(b, p, ReviewOutcome.Continue, "Still fine", null),
        ["record end"] = (w, b, p, _) => Sync(() => w.RecordEnd(b, p, new DateOnly(2026, 6, 1))),
    };

    /// <summary>Who may take each step, at which stages, and where it leads.</summary>
    private static readonly Dictionary<string, (InterestStatus[] From, string[] By, InterestStatus To)> Legal = new()
    {
        ["update draft"] = ([InterestStatus.Draft], ["officer"], InterestStatus.Draft),
        ["submit"] = ([InterestStatus.Draft], ["officer"], InterestStatus.AwaitingLineManager),
        ["line manager view"] = ([InterestStatus.AwaitingLineManager], ["manager"], InterestStatus.AwaitingAssessment),
        ["assess"] = ([InterestStatus.AwaitingAssessment], ["psd", "head-of-psd"], InterestStatus.AwaitingDecision),
        ["decide"] = ([InterestStatus.AwaitingDecision], ["head-of-psd"], InterestStatus.Approved),
        ["withdraw"] = ([InterestStatus.Draft, InterestStatus.AwaitingLineManager, InterestStatus.AwaitingAssessment, InterestStatus.AwaitingDecision], ["officer"], InterestStatus.Withdrawn),
        ["appeal"] = ([InterestStatus.Refused], ["officer"], InterestStatus.AppealLodged),
        ["decide appeal"] = ([InterestStatus.AppealLodged], ["dcc"], InterestStatus.Approved),
        ["confirm at review"] = ([InterestStatus.Approved], ["officer"], InterestStatus.Approved),
        ["review"] = ([InterestStatus.Approved], ["psd", "head-of-psd"], InterestStatus.Approved),
        ["record end"] = ([InterestStatus.Approved], ["officer"], InterestStatus.Ended),
    };

    private static Task Sync(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    public static TheoryData<InterestStatus, string> Cases()
    {
        var data = new TheoryData<InterestStatus, string>();
        foreach (var status in Enum.GetValues<InterestStatus>())
        {
            foreach (var action in Actions.Keys)
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryStep_AtEveryStage_ByEveryone_IsAllowedOnlyWhereTheRouteSays(InterestStatus status, string action)
    {
        var world = await InterestTestWorld.CreateAsync();
        var id = await BringToAsync(world, status);
        Assert.Equal(status, (await world.LoadAsync(id)).Status);
        var legal = Legal[action];

        var failures = new List<string>();
        foreach (var actor in Actors)
        {
            var allowed = legal.From.Contains(status) && legal.By.Contains(actor);
            await using var db = world.As(actor);
            var interest = await db.BusinessInterests.SingleAsync(b => b.Id == id);
            var steps = await db.Set<BusinessInterestStep>().CountAsync(s => s.BusinessInterestId == id);
            try
            {
                await Actions[action](new BusinessInterestWorkflow(db), interest, world.Person(actor), world);
                if (!allowed)
                {
                    failures.Add($"{actor} could {action} at {status}");
                }
                else if (interest.Status != legal.To || interest.Steps.Count == 0)
                {
                    failures.Add($"{actor} {action} at {status} led to {interest.Status} with {interest.Steps.Count} new steps");
                }
            }
            catch (BusinessInterestWorkflowException)
            {
                if (allowed)
                {
                    failures.Add($"{actor} was refused {action} at {status}");
                }
                else if (db.ChangeTracker.Entries<BusinessInterestStep>().Any())
                {
                    failures.Add($"{actor} {action} at {status} was refused but left a step behind");
                }
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>Takes the application through the route, each step by the person who would take it.</summary>
    internal static async Task<int> BringToAsync(InterestTestWorld world, InterestStatus status)
    {
        var id = await world.DraftAsync();
        if (status == InterestStatus.Draft)
        {
            return id;
        }

        if (status == InterestStatus.Withdrawn)
        {
            await world.StepAsync("officer", id, (w, b, p) => Sync(() => w.Withdraw(b, p, null)));
            return id;
        }

        await world.StepAsync("officer", id, (w, b, p) => w.SubmitAsync(b, p));
        if (status == InterestStatus.AwaitingLineManager)
        {
            return id;
        }

        await world.StepAsync("manager", id, (w, b, p) => Sync(() => w.LineManagerView(b, p, true, "Fine")));
        if (status == InterestStatus.AwaitingAssessment)
        {
            return id;
        }

        await world.StepAsync("psd", id, (w, b, p) => w.AssessAsync(b, p, RiskRating.Low, AssessmentChecks.None, "Low risk"));
        if (status == InterestStatus.AwaitingDecision)
        {
            return id;
        }

        var refuse = status is InterestStatus.Refused or InterestStatus.AppealLodged;
        await world.StepAsync("head-of-psd", id, (w, b, p) => w.DecideAsync(b, p, refuse ? DecisionOutcome.Refused : DecisionOutcome.Approved, refuse ? "Conflict" : null));
        switch (status)
        {
            case InterestStatus.AppealLodged:
                await world.StepAsync("officer", id, (w, b, p) => w.LodgeAppealAsync(b, p, "Reconsider"));
                break;
            case InterestStatus.Revoked:
                await world.StepAsync("psd", id, (w, b, p) => w.ReviewAsync(b, p, ReviewOutcome.Revoke, "No longer suitable", null));
                break;
            case InterestStatus.Ended:
                await world.StepAsync("officer", id, (w, b, p) => Sync(() => w.RecordEnd(b, p, new DateOnly(2026, 6, 10))));
                break;
        }

        return id;
    }
}
