using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// The case a PSD review of "referred for investigation" goes to, in the same step as the
/// review: a new case opened from the declaration, or an open case of the declaration's force
/// that the declaration is linked to. The caller saves, so the review, the case and their audit
/// events share one transaction.
/// </summary>
public sealed class GiftReferrals(IntegrityDbContext db)
{
    public const string NotAnOpenCase = "Choose an open case of the declaration's force from the list";

    /// <summary>
    /// Opens a gifts and hospitality case, arising from an internal referral (PSD's own review),
    /// about the declarant, linked to the declaration, with the review's note in its summary and log.
    /// </summary>
    public async Task<Investigation> OpenCaseAsync(GiftDeclaration declaration, string note, CancellationToken ct = default)
    {
        var workflow = new InvestigationWorkflow(db);
        var today = db.Clock.Today();
        var summary = Within($"Referred on review of gifts and hospitality declaration {declaration.Reference}: {note.Trim()}", InvestigationWorkflow.SummaryMaximum);
        var investigation = await workflow.OpenAsync(declaration.ForceId, InvestigationCategory.GiftsAndHospitality, InvestigationOrigin.InternalReferral, today, summary, ct);
        await workflow.AddPersonAsync(investigation, declaration.DeclarantId, ct);
        await workflow.AddLinkAsync(investigation, LinkedRecordKind.GiftDeclaration, declaration.Id, ct);
        workflow.AddLogEntry(investigation, today, Within($"Opened on review of declaration {declaration.Reference}: {note.Trim()}", InvestigationWorkflow.LogTextMaximum));
        return investigation;
    }

    /// <summary>
    /// Links the declaration to an open case of its own force. A case of another force, a closed
    /// case or one that does not exist is refused with the same message: the reviewer chose from a
    /// list of the force's open cases, so anything else did not come from it.
    /// </summary>
    public async Task<Investigation> LinkCaseAsync(GiftDeclaration declaration, int caseId, CancellationToken ct = default)
    {
        var investigation = await db.Investigations
            .SingleOrDefaultAsync(i => i.Id == caseId && i.ForceId == declaration.ForceId && i.Status != InvestigationStatus.Closed, ct)
            ?? throw new InvestigationRuleException("CaseId", NotAnOpenCase);
        await new InvestigationWorkflow(db).AddLinkAsync(investigation, LinkedRecordKind.GiftDeclaration, declaration.Id, ct);
        return investigation;
    }

    private static string Within(string text, int maximum) => text.Length <= maximum ? text : text[..(maximum - 1)] + "…";
}
