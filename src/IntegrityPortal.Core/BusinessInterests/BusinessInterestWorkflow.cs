using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>
/// Every change to an application or interest goes through here. A step that is not allowed
/// (the wrong stage, person or role; someone's own application or one from someone they line
/// manage) throws <see cref="BusinessInterestWorkflowException"/>; pages show its message.
/// Each step appends a <see cref="BusinessInterestStep"/>. The caller saves, so a step and
/// its audit events share one transaction. <paramref name="db"/>'s actor supplies the roles;
/// the caller passes the acting person, which the portal reads from the user's claims.
/// </summary>
public sealed class BusinessInterestWorkflow(IntegrityDbContext db)
{
    public const string NotYourApplication = "Only the applicant can do this";
    public const string OwnOrTeam = "You cannot assess, decide or hear an appeal on your own application or one from someone you line manage";
    public const string NotYourTeam = "Only the applicant's line manager can give this view";
    public const string NotPsd = "Only the professional standards department can do this";
    public const string WrongStage = "This application is not at that stage";
    public const string ConditionsNeeded = "Write the conditions of the approval";
    public const string ReasonsNeeded = "Write the reasons";
    public const string AppealTooLate = "The time to appeal has passed";
    public const string AppealedBefore = "This refusal has already been appealed";
    public const string AssessedIt = "You assessed this application. Someone else must decide it";
    public const string DecidedItFirst = "The appeal must be heard by someone other than the person who made the decision";

    private DateOnly Today => db.Clock.Today();

    public async Task<BusinessInterest> CreateDraftAsync(Person applicant, InterestDetails details, CancellationToken ct = default)
    {
        var interest = new BusinessInterest
        {
            ForceId = applicant.ForceId,
            ApplicantId = applicant.Id,
            Applicant = applicant,
            DepartmentId = applicant.DepartmentId,
            CreatedOn = Today,
            Status = InterestStatus.Draft,
        };
        await ApplyAsync(interest, details, ct);
        AddStep(interest, StepKind.Created, applicant.Id, "Applicant", null, null);
        db.BusinessInterests.Add(interest);
        return interest;
    }

    public async Task UpdateDraftAsync(BusinessInterest interest, int? personId, InterestDetails details, CancellationToken ct = default)
    {
        RequireApplicant(interest, personId);
        RequireStatus(interest, InterestStatus.Draft);
        await ApplyAsync(interest, details, ct);
        AddStep(interest, StepKind.DraftUpdated, personId, "Applicant", null, null);
    }

    /// <summary>Sends a draft on: to the applicant's line manager when the force has that step and they have one, else to PSD.</summary>
    public async Task SubmitAsync(BusinessInterest interest, int? personId, CancellationToken ct = default)
    {
        RequireApplicant(interest, personId);
        RequireStatus(interest, InterestStatus.Draft);
        var settings = await SettingsAsync(interest.ForceId, ct);
        var lineManager = await db.People.Where(p => p.Id == interest.ApplicantId).Select(p => p.LineManagerId).SingleAsync(ct);
        interest.SubmittedOn = Today;
        interest.LineManagerPersonId = settings.BusinessInterestLineManagerStep ? lineManager : null;
        interest.Status = interest.LineManagerPersonId is null ? InterestStatus.AwaitingAssessment : InterestStatus.AwaitingLineManager;
        AddStep(interest, StepKind.Submitted, personId, "Applicant", interest.Status.Describe(), null);
    }

    public void LineManagerView(BusinessInterest interest, int? personId, bool supports, string comments)
    {
        RequireStatus(interest, InterestStatus.AwaitingLineManager);
        if (personId is null || interest.LineManagerPersonId != personId || interest.ApplicantId == personId)
        {
            throw new BusinessInterestWorkflowException(NotYourTeam);
        }

        RequireText(comments);
        interest.Status = InterestStatus.AwaitingAssessment;
        AddStep(interest, supports ? StepKind.LineManagerSupported : StepKind.LineManagerNotSupported, personId, "Line manager",
            supports ? "Supports" : "Does not support", comments);
    }

    public async Task AssessAsync(BusinessInterest interest, int? personId, RiskRating rating, AssessmentChecks checks, string reasons, CancellationToken ct = default)
    {
        RequireStatus(interest, InterestStatus.AwaitingAssessment);
        var role = RequireRole(Roles.Psd, Roles.HeadOfPsd);
        await RequireIndependentAsync(interest, personId, ct);
        RequireText(reasons);
        interest.RiskRating = rating;
        interest.AssessmentChecks = checks;
        interest.AssessmentReasons = reasons;
        interest.Status = InterestStatus.AwaitingDecision;
        AddStep(interest, StepKind.Assessed, personId, role, $"{rating} risk", reasons);
    }

    /// <param name="text">The conditions when approving with conditions, the reasons when refusing, an optional note when approving.</param>
    public async Task DecideAsync(BusinessInterest interest, int? personId, DecisionOutcome outcome, string? text, CancellationToken ct = default)
    {
        RequireStatus(interest, InterestStatus.AwaitingDecision);
        var settings = await SettingsAsync(interest.ForceId, ct);
        var role = RequireRole(settings.BusinessInterestDecisionMakerRole);
        await RequireIndependentAsync(interest, personId, ct);
        await RequireNotAssessorAsync(interest, personId, ct);
        RequireDecisionText(outcome, text);
        interest.DecisionOutcome = outcome;
        interest.DecidedOn = Today;
        interest.DecidedByPersonId = personId;
        interest.Conditions = outcome == DecisionOutcome.ApprovedWithConditions ? text : null;
        interest.DecisionReasons = outcome == DecisionOutcome.ApprovedWithConditions ? null : text;
        if (outcome == DecisionOutcome.Refused)
        {
            interest.Status = InterestStatus.Refused;
        }
        else
        {
            Approve(interest, settings);
        }

        AddStep(interest, StepKind.Decided, personId, role, outcome.Describe(), text);
    }

    public void Withdraw(BusinessInterest interest, int? personId, string? reason)
    {
        RequireApplicant(interest, personId);
        RequireStatus(interest, InterestStatus.Draft, InterestStatus.AwaitingLineManager, InterestStatus.AwaitingAssessment, InterestStatus.AwaitingDecision);
        interest.Status = InterestStatus.Withdrawn;
        interest.WithdrawnOn = Today;
        AddStep(interest, StepKind.Withdrawn, personId, "Applicant", null, reason);
    }

    public async Task LodgeAppealAsync(BusinessInterest interest, int? personId, string grounds, CancellationToken ct = default)
    {
        RequireApplicant(interest, personId);
        RequireStatus(interest, InterestStatus.Refused);
        if (interest.AppealLodgedOn is not null)
        {
            throw new BusinessInterestWorkflowException(AppealedBefore);
        }

        var settings = await SettingsAsync(interest.ForceId, ct);
        if (Today > BusinessInterestRules.AppealDeadline(interest.DecidedOn!.Value, settings.BusinessInterestAppealDays))
        {
            throw new BusinessInterestWorkflowException(AppealTooLate);
        }

        RequireText(grounds);
        interest.AppealLodgedOn = Today;
        interest.AppealGrounds = grounds;
        interest.Status = InterestStatus.AppealLodged;
        AddStep(interest, StepKind.AppealLodged, personId, "Applicant", null, grounds);
    }

    /// <param name="conditions">Conditions of the approval when the appeal is upheld; null for none.</param>
    public async Task DecideAppealAsync(BusinessInterest interest, int? personId, AppealOutcome outcome, string reasons, string? conditions, CancellationToken ct = default)
    {
        RequireStatus(interest, InterestStatus.AppealLodged);
        var settings = await SettingsAsync(interest.ForceId, ct);
        var role = RequireRole(settings.BusinessInterestAppellateRole);
        await RequireIndependentAsync(interest, personId, ct);
        if (interest.DecidedByPersonId == personId)
        {
            throw new BusinessInterestWorkflowException(DecidedItFirst);
        }

        RequireText(reasons);
        interest.AppealOutcome = outcome;
        interest.AppealDecidedOn = Today;
        if (outcome == AppealOutcome.Upheld)
        {
            interest.Conditions = string.IsNullOrWhiteSpace(conditions) ? null : conditions;
            Approve(interest, settings);
        }
        else
        {
            interest.Status = InterestStatus.Refused;
        }

        AddStep(interest, StepKind.AppealDecided, personId, role, outcome.Describe(), reasons);
    }

    /// <summary>The holder confirms the details for a review, or updates them (a new version).</summary>
    public async Task ConfirmForReviewAsync(BusinessInterest interest, int? personId, InterestDetails? updated, CancellationToken ct = default)
    {
        RequireApplicant(interest, personId);
        RequireStatus(interest, InterestStatus.Approved);
        interest.HolderConfirmedOn = Today;
        if (updated is not null && updated != interest.Details)
        {
            await ApplyAsync(interest, updated, ct);
            AddStep(interest, StepKind.DetailsUpdated, personId, "Holder", $"Version {interest.CurrentVersionNumber}", null);
            // Changed details were not what was approved: PSD reviews them now, not at the next
            // scheduled date, so the interest goes on PSD's list of reviews due.
            if (interest.ReviewDueOn > Today)
            {
                interest.ReviewDueOn = Today;
            }
        }
        else
        {
            AddStep(interest, StepKind.HolderConfirmed, personId, "Holder", "No change", null);
        }
    }

    public async Task ReviewAsync(BusinessInterest interest, int? personId, ReviewOutcome outcome, string notes, string? conditions, CancellationToken ct = default)
    {
        RequireStatus(interest, InterestStatus.Approved);
        var role = RequireRole(Roles.Psd, Roles.HeadOfPsd);
        await RequireIndependentAsync(interest, personId, ct);
        RequireText(notes);
        var settings = await SettingsAsync(interest.ForceId, ct);
        interest.LastReviewedOn = Today;
        switch (outcome)
        {
            case ReviewOutcome.Continue:
                interest.ReviewDueOn = BusinessInterestRules.NextReview(Today, settings.BusinessInterestReviewMonths);
                break;
            case ReviewOutcome.ChangeConditions:
                interest.Conditions = string.IsNullOrWhiteSpace(conditions) ? throw new BusinessInterestWorkflowException(ConditionsNeeded) : conditions;
                interest.ReviewDueOn = BusinessInterestRules.NextReview(Today, settings.BusinessInterestReviewMonths);
                break;
            case ReviewOutcome.Revoke:
                interest.Status = InterestStatus.Revoked;
                interest.ReviewDueOn = null;
                break;
        }

        AddStep(interest, StepKind.Reviewed, personId, role, outcome.Describe(), outcome == ReviewOutcome.ChangeConditions ? $"{notes}\nNew conditions: {conditions}" : notes);
    }

    public void RecordEnd(BusinessInterest interest, int? personId, DateOnly endedOn)
    {
        RequireApplicant(interest, personId);
        RequireStatus(interest, InterestStatus.Approved);
        if (PlausibleDates.InterestEnd.Check(endedOn, Today) is { } dateMessage)
        {
            throw new BusinessInterestWorkflowException(dateMessage);
        }

        interest.Status = InterestStatus.Ended;
        interest.EndedOn = endedOn;
        interest.ReviewDueOn = null;
        AddStep(interest, StepKind.Ended, personId, "Holder", $"Ended {endedOn:yyyy-MM-dd}", null);
    }

    private void Approve(BusinessInterest interest, ForceSettings settings)
    {
        interest.Status = InterestStatus.Approved;
        interest.ReviewDueOn = BusinessInterestRules.NextReview(Today, settings.BusinessInterestReviewMonths);
    }

    private static void RequireApplicant(BusinessInterest interest, int? personId)
    {
        if (personId is null || interest.ApplicantId != personId)
        {
            throw new BusinessInterestWorkflowException(NotYourApplication);
        }
    }

    private static void RequireStatus(BusinessInterest interest, params InterestStatus[] allowed)
    {
        if (!allowed.Contains(interest.Status))
        {
            throw new BusinessInterestWorkflowException(WrongStage);
        }
    }

    /// <summary>Returns the display name of the first of the roles the actor holds, or refuses.</summary>
    private string RequireRole(params string[] roles)
    {
        var held = roles.FirstOrDefault(r => db.Actor.Roles.Contains(r))
            ?? throw new BusinessInterestWorkflowException(roles.SequenceEqual([Roles.Psd, Roles.HeadOfPsd])
                ? NotPsd
                : $"Only the {Roles.DisplayName(roles[0]).ToLowerInvariant()} can do this in this force");
        return Roles.DisplayName(held);
    }

    private async Task RequireIndependentAsync(BusinessInterest interest, int? personId, CancellationToken ct)
    {
        var applicantsManager = await db.People.Where(p => p.Id == interest.ApplicantId).Select(p => p.LineManagerId).SingleAsync(ct);
        if (personId is null || personId == interest.ApplicantId || personId == applicantsManager)
        {
            throw new BusinessInterestWorkflowException(OwnOrTeam);
        }
    }

    /// <summary>
    /// The decision is the check on the assessment, so the person who assessed an application
    /// does not decide it (ADR: assessor and decision maker).
    /// </summary>
    private async Task RequireNotAssessorAsync(BusinessInterest interest, int? personId, CancellationToken ct)
    {
        var assessed = interest.Steps.Any(s => s.Kind == StepKind.Assessed && s.ByPersonId == personId)
            || (interest.Id != 0 && await db.BusinessInterests.Where(b => b.Id == interest.Id)
                .SelectMany(b => b.Steps).AnyAsync(s => s.Kind == StepKind.Assessed && s.ByPersonId == personId, ct));
        if (assessed)
        {
            throw new BusinessInterestWorkflowException(AssessedIt);
        }
    }

    private static void RequireText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BusinessInterestWorkflowException(ReasonsNeeded);
        }
    }

    private static void RequireDecisionText(DecisionOutcome outcome, string? text)
    {
        if (outcome == DecisionOutcome.ApprovedWithConditions && string.IsNullOrWhiteSpace(text))
        {
            throw new BusinessInterestWorkflowException(ConditionsNeeded);
        }

        if (outcome == DecisionOutcome.Refused && string.IsNullOrWhiteSpace(text))
        {
            throw new BusinessInterestWorkflowException(ReasonsNeeded);
        }
    }

    private void AddStep(BusinessInterest interest, StepKind kind, int? personId, string role, string? outcome, string? comments) =>
        interest.Steps.Add(new BusinessInterestStep
        {
            ForceId = interest.ForceId,
            Kind = kind,
            OccurredUtc = db.Clock.GetUtcNow().UtcDateTime,
            ByUserName = db.Actor.UserName,
            ByPersonId = personId,
            ByRole = role,
            Outcome = outcome,
            Comments = comments,
        });

    private async Task ApplyAsync(BusinessInterest interest, InterestDetails details, CancellationToken ct)
    {
        var broken = BusinessInterestRules.Check(details, Today).ToList();
        if (broken.Count > 0)
        {
            throw new BusinessInterestWorkflowException(broken[0].Message);
        }

        interest.OrganisationName = await db.Organisations
            .Where(o => o.Id == details.OrganisationId && o.ForceId == interest.ForceId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(ct) ?? throw new BusinessInterestWorkflowException("Name an organisation of your force");
        // No supplier register yet: the gifts register's record of the organisation as a current
        // supplier counts, as well as the applicant's own answer (ADR 0013).
        var supplier = await db.GiftDeclarations.AnyAsync(g => g.OrganisationId == details.OrganisationId && g.Relationship == OfferorRelationship.CurrentSupplier, ct);
        interest.Apply(details);
        interest.PreFlags = BusinessInterestRules.Flags(details, supplier);
        interest.CurrentVersionNumber++;
        interest.Versions.Add(new BusinessInterestVersion
        {
            ForceId = interest.ForceId,
            Number = interest.CurrentVersionNumber,
            RecordedUtc = db.Clock.GetUtcNow().UtcDateTime,
            RecordedBy = db.Actor.UserName,
            Details = JsonSerializer.Serialize(details),
        });
    }

    private async Task<ForceSettings> SettingsAsync(int forceId, CancellationToken ct) =>
        await db.ForceSettings.SingleAsync(s => s.ForceId == forceId, ct);
}
