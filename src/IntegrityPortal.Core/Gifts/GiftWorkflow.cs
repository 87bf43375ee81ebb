using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// Every change to a declaration goes through here: declaring, amending, the approval of an
/// acceptance above the force's value and PSD's review. Steps that are not allowed (the wrong
/// stage, the wrong person) throw <see cref="GiftWorkflowException"/>; pages show its message.
/// The caller saves, so a step and its audit events share one transaction.
/// </summary>
public sealed class GiftWorkflow(IntegrityDbContext db)
{
    public const string NotYourLineManager = "Only the declarant's line manager can make this decision";
    public const string NotAwaitingLineManager = "This declaration is not waiting for a line manager's decision";
    public const string NotAwaitingPsd = "This declaration is not waiting for PSD approval";
    public const string OwnDeclaration = "You cannot decide on or review your own declaration";
    public const string ApprovedAsLineManager = "You approved this acceptance as the declarant's line manager. Someone else in PSD must give the PSD approval";

    public async Task<GiftDeclaration> DeclareAsync(Person declarant, GiftDetails details, CancellationToken ct = default)
    {
        var today = db.Clock.Today();
        var settings = await SettingsAsync(declarant.ForceId, ct);
        var declaration = new GiftDeclaration
        {
            ForceId = declarant.ForceId,
            DeclarantId = declarant.Id,
            DepartmentId = declarant.DepartmentId,
            DeclaredOn = today,
            ReviewStatus = ReviewStatus.AwaitingReview,
        };
        await ApplyAsync(declaration, details, settings, null, ct);
        RecordStatus(declaration);
        db.GiftDeclarations.Add(declaration);
        return declaration;
    }

    /// <summary>
    /// An amendment never edits in place: the new details become a new version, and the
    /// declaration goes back to PSD for review (and for approval again if it now needs it).
    /// </summary>
    public async Task AmendAsync(GiftDeclaration declaration, GiftDetails details, string reason, CancellationToken ct = default)
    {
        var settings = await SettingsAsync(declaration.ForceId, ct);
        declaration.ReviewStatus = ReviewStatus.AwaitingReview;
        await ApplyAsync(declaration, details, settings, reason, ct);
        RecordStatus(declaration);
    }

    public void LineManagerDecide(GiftDeclaration declaration, Person declarant, int? approverPersonId, bool approve, string? note)
    {
        if (declaration.ApprovalStatus != ApprovalStatus.AwaitingLineManager)
        {
            throw new GiftWorkflowException(NotAwaitingLineManager);
        }

        if (approverPersonId is null || declarant.LineManagerId != approverPersonId)
        {
            throw new GiftWorkflowException(NotYourLineManager);
        }

        declaration.ApprovalStatus = approve ? ApprovalStatus.AwaitingPsd : ApprovalStatus.Refused;
        declaration.LineManagerNote = note;
        declaration.LineManagerDecidedBy = db.Actor.UserName;
        declaration.LineManagerDecidedUtc = db.Clock.GetUtcNow().UtcDateTime;
        RecordStatus(declaration);
    }

    public void PsdDecide(GiftDeclaration declaration, int? approverPersonId, bool approve, string? note)
    {
        if (declaration.ApprovalStatus != ApprovalStatus.AwaitingPsd)
        {
            throw new GiftWorkflowException(NotAwaitingPsd);
        }

        RefuseOwn(declaration, approverPersonId);
        // Two approvals mean two people: whoever approved as line manager (the head of PSD may
        // line-manage the declarant) cannot also approve as PSD.
        if (declaration.LineManagerDecidedBy is not null
            && string.Equals(declaration.LineManagerDecidedBy, db.Actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new GiftWorkflowException(ApprovedAsLineManager);
        }

        declaration.ApprovalStatus = approve ? ApprovalStatus.Approved : ApprovalStatus.Refused;
        declaration.PsdApprovalNote = note;
        declaration.PsdApprovalDecidedBy = db.Actor.UserName;
        declaration.PsdApprovalDecidedUtc = db.Clock.GetUtcNow().UtcDateTime;
        RecordStatus(declaration);
    }

    public void Review(GiftDeclaration declaration, int? reviewerPersonId, ReviewStatus outcome, string? note)
    {
        if (outcome == ReviewStatus.AwaitingReview)
        {
            throw new GiftWorkflowException("Choose reviewed, needs action or referred for investigation");
        }

        RefuseOwn(declaration, reviewerPersonId);
        declaration.ReviewStatus = outcome;
        declaration.ReviewNote = note;
        declaration.ReviewedBy = db.Actor.UserName;
        declaration.ReviewedUtc = db.Clock.GetUtcNow().UtcDateTime;
        RecordStatus(declaration);
    }

    /// <summary>Appends where the declaration stands after this step, dated today.</summary>
    private void RecordStatus(GiftDeclaration declaration) =>
        declaration.RecordStep(db.Clock.Today(), db.Actor.UserName, db.Clock.GetUtcNow().UtcDateTime);

    private static void RefuseOwn(GiftDeclaration declaration, int? personId)
    {
        if (personId == declaration.DeclarantId)
        {
            throw new GiftWorkflowException(OwnDeclaration);
        }
    }

    private async Task ApplyAsync(GiftDeclaration declaration, GiftDetails details, Forces.ForceSettings settings, string? amendmentReason, CancellationToken ct)
    {
        var broken = GiftRules.Check(details, db.Clock.Today()).ToList();
        if (broken.Count > 0)
        {
            throw new GiftWorkflowException(broken[0].Message);
        }

        var earlier = await db.GiftDeclarations
            .Where(d => d.DeclarantId == declaration.DeclarantId && d.OrganisationId == details.OrganisationId && d.Id != declaration.Id)
            .Select(d => new { d.OfferedOn, d.ValuePence })
            .ToListAsync(ct);

        declaration.Apply(details);
        declaration.OrganisationName = await db.Organisations
            .Where(o => o.Id == details.OrganisationId && o.ForceId == declaration.ForceId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(ct) ?? throw new GiftWorkflowException("Select an organisation of your force");
        declaration.IsLate = GiftRules.IsLate(details.OfferedOn, declaration.DeclaredOn, settings.GiftDeclarationDeadlineDays);
        declaration.IsFromSupplier = GiftRules.IsSupplier(details.Relationship);
        declaration.PatternFlags = GiftRules.Patterns(details, earlier.Select(e => (e.OfferedOn, e.ValuePence)).ToList(), settings.GiftAnnualValueFlagPence);
        // An amended acceptance is approved afresh: the approval was given to the old details.
        declaration.ApprovalStatus = GiftRules.InitialApproval(details.Outcome, details.ValuePence, settings.GiftApprovalThresholdPence);

        declaration.CurrentVersionNumber++;
        declaration.Versions.Add(new GiftDeclarationVersion
        {
            ForceId = declaration.ForceId,
            Number = declaration.CurrentVersionNumber,
            RecordedUtc = db.Clock.GetUtcNow().UtcDateTime,
            RecordedBy = db.Actor.UserName,
            AmendmentReason = amendmentReason,
            Details = JsonSerializer.Serialize(details),
        });
    }

    private async Task<Forces.ForceSettings> SettingsAsync(int forceId, CancellationToken ct) =>
        await db.ForceSettings.SingleAsync(s => s.ForceId == forceId, ct);
}
