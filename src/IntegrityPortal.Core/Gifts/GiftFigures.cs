using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// A force's gifts and hospitality figures for a period: the one place they are counted, for
/// the governance reports. The period selects declarations by the day they were made; each is
/// read as it stood on the last day of the period (its latest dated step by then, see
/// <see cref="GiftDeclarationStatusChange"/>), so a later amendment or review never changes a
/// past period. Counted by the database in one grouped query; <c>to</c> is inclusive.
/// </summary>
/// <param name="Declared">Offers declared in the period, accepted or declined.</param>
/// <param name="Accepted">Accepted, with any approval they needed given by the end of the period.</param>
/// <param name="AwaitingApproval">Accepted but still awaiting the line manager's or PSD's approval at the end of the period.</param>
/// <param name="ApprovalRefused">Acceptances whose approval was refused.</param>
/// <param name="Declined">Offers declined.</param>
/// <param name="AcceptedValuePence">The value of the accepted offers.</param>
/// <param name="FromSuppliers">Offers from current suppliers or bidders.</param>
/// <param name="Late">Offers declared after the force's deadline.</param>
/// <param name="Reviewed">Declarations PSD had reviewed by the end of the period.</param>
/// <param name="NeedingAction">Of those reviewed, declarations PSD found needed action or referred for investigation.</param>
public sealed record GiftFigures(
    int Declared,
    int Accepted,
    int AwaitingApproval,
    int ApprovalRefused,
    int Declined,
    long AcceptedValuePence,
    int FromSuppliers,
    int Late,
    int Reviewed,
    int NeedingAction)
{
    public static readonly GiftFigures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static async Task<GiftFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        // Each declaration as it stood on the last day: its last recorded step effective by then.
        var row = await db.GiftDeclarations
            .Where(d => d.ForceId == forceId && d.DeclaredOn >= from && d.DeclaredOn <= to)
            .Select(d => d.StatusChanges.Where(s => s.EffectiveOn <= to).OrderByDescending(s => s.Id).FirstOrDefault())
            .Where(s => s != null)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Declared = g.Count(),
                Accepted = g.Count(s => s!.Outcome == OfferOutcome.Accepted && (s.ApprovalStatus == ApprovalStatus.NotRequired || s.ApprovalStatus == ApprovalStatus.Approved)),
                Awaiting = g.Count(s => s!.Outcome == OfferOutcome.Accepted && (s.ApprovalStatus == ApprovalStatus.AwaitingLineManager || s.ApprovalStatus == ApprovalStatus.AwaitingPsd)),
                Refused = g.Count(s => s!.Outcome == OfferOutcome.Accepted && s.ApprovalStatus == ApprovalStatus.Refused),
                Declined = g.Count(s => s!.Outcome == OfferOutcome.Declined),
                Value = g.Sum(s => s!.Outcome == OfferOutcome.Accepted && (s.ApprovalStatus == ApprovalStatus.NotRequired || s.ApprovalStatus == ApprovalStatus.Approved) ? s.ValuePence : 0L),
                Suppliers = g.Count(s => s!.IsFromSupplier),
                Late = g.Count(s => s!.IsLate),
                Reviewed = g.Count(s => s!.ReviewStatus != ReviewStatus.AwaitingReview),
                NeedingAction = g.Count(s => s!.ReviewStatus == ReviewStatus.NeedsAction || s.ReviewStatus == ReviewStatus.ReferredForInvestigation),
            })
            .SingleOrDefaultAsync(ct);
        return row is null
            ? None
            : new(row.Declared, row.Accepted, row.Awaiting, row.Refused, row.Declined, row.Value, row.Suppliers, row.Late, row.Reviewed, row.NeedingAction);
    }
}
