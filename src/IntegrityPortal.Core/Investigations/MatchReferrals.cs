using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// A new case opened from PSD's review of a procurement match: its category follows the match
/// (card spending, a business interest, or procurement), it arises from PSD's own review (an
/// internal referral, as a referral from the gifts register does), it concerns the person whose
/// record the match starts from, and its links hold the match. The caller saves.
/// </summary>
public sealed class MatchReferrals(IntegrityDbContext db)
{
    public async Task<Investigation> OpenCaseAsync(ProcurementMatch match, string? note, CancellationToken ct = default)
    {
        var workflow = new InvestigationWorkflow(db);
        var today = db.Clock.Today();
        var category = match.Kind switch
        {
            MatchKind.CardSpendWithOfferor => InvestigationCategory.MisuseOfCorporateCard,
            MatchKind.InterestInSupplier => InvestigationCategory.BusinessInterests,
            _ => InvestigationCategory.Procurement,
        };
        var opened = $"Referred on review of procurement match PM-{match.Id:D6}: {match.Reason}"
            + (string.IsNullOrWhiteSpace(note) ? string.Empty : $" PSD's note: {note.Trim()}");
        var investigation = await workflow.OpenAsync(match.ForceId, category, InvestigationOrigin.InternalReferral, today, Within(opened, InvestigationWorkflow.SummaryMaximum), ct);
        if (await PersonOfAsync(match, ct) is { } personId)
        {
            await workflow.AddPersonAsync(investigation, personId, ct);
        }

        await workflow.AddLinkAsync(investigation, LinkedRecordKind.ProcurementMatch, match.Id, ct);
        workflow.AddLogEntry(investigation, today, Within(opened, InvestigationWorkflow.LogTextMaximum));
        return investigation;
    }

    /// <summary>The declarant, applicant or card holder whose record the match starts from; none for an organisation entered twice.</summary>
    private async Task<int?> PersonOfAsync(ProcurementMatch match, CancellationToken ct) => match.LeftKind switch
    {
        MatchRecordKind.GiftDeclaration => await db.GiftDeclarations.Where(g => g.Id == match.LeftId).Select(g => (int?)g.DeclarantId).SingleOrDefaultAsync(ct),
        MatchRecordKind.BusinessInterest => await db.BusinessInterests.Where(b => b.Id == match.LeftId).Select(b => (int?)b.ApplicantId).SingleOrDefaultAsync(ct),
        MatchRecordKind.CardTransaction => await db.CardTransactions.Where(t => t.Id == match.LeftId).Select(t => (int?)t.CardHolderId).SingleOrDefaultAsync(ct),
        _ => null,
    };

    private static string Within(string text, int maximum) => text.Length <= maximum ? text : text[..(maximum - 1)] + "…";
}
