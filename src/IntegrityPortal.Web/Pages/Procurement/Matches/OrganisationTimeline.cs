using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>One thing the portal holds on an outside party, as the match page's timeline shows it; the organisation is named where the timeline covers two.</summary>
public sealed record TimelineItem(DateOnly On, string Register, string? Organisation, string What, string? Href);

/// <summary>The newest items (at most <see cref="OrganisationTimeline.Shown"/>), how many there are in all, and the supplier records (undated).</summary>
public sealed record Timeline(IReadOnlyList<TimelineItem> Items, int Total, IReadOnlyList<string> Suppliers)
{
    public int More => Total - Items.Count;
}

/// <summary>
/// Everything the portal holds on one or two organisations of a force across the registers: offers,
/// business interests, contracts won or bid for, card transactions matched, and the other matches
/// with their outcomes. Each register gives its newest <see cref="Shown"/> rows and its count, both
/// by the database through an index led by ForceId (offers: ForceId, OrganisationId, OfferedOn;
/// contracts: ForceId, SupplierOrganisationId; bidders: ForceId, OrganisationId; matches: the
/// unique index of pairs, whose columns decide which match names the party); the page merges
/// them, newest first, and keeps the first <see cref="Shown"/>. The query filter keeps it to the
/// user's forces as well.
/// </summary>
public static class OrganisationTimeline
{
    public const int Shown = 50;

    public static async Task<Timeline> LoadAsync(IntegrityDbContext db, int forceId, IReadOnlyList<int> organisationIds, int exceptMatchId, CancellationToken ct)
    {
        var ids = organisationIds.Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => o.ForceId == forceId && ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        string Name(int id) => names.GetValueOrDefault(id, "an organisation no longer held");
        var items = new List<TimelineItem>();
        var total = 0;

        // Offers of gifts and hospitality.
        var gifts = db.GiftDeclarations.AsNoTracking().Where(g => g.ForceId == forceId && ids.Contains(g.OrganisationId));
        total += await gifts.CountAsync(ct);
        foreach (var g in await gifts.OrderByDescending(g => g.OfferedOn).ThenByDescending(g => g.Id).Take(Shown)
                     .Select(g => new { g.Id, g.OfferedOn, g.OrganisationId, g.OfferType, g.ValuePence, g.Outcome, g.ApprovalStatus, Declarant = g.Declarant! }).ToListAsync(ct))
        {
            items.Add(new TimelineItem(g.OfferedOn, "Gifts and hospitality", Name(g.OrganisationId),
                $"GH-{g.Id:D6}: {g.OfferType.Describe()} offered to {g.Declarant.NameAndRankOrGrade}, {UkFormat.Pounds(g.ValuePence)}, {Outcome(g.Outcome, g.ApprovalStatus)}",
                $"/Gifts/Register/View/{g.Id}"));
        }

        // Business interests, once submitted (a draft is the applicant's own until then).
        var interests = db.BusinessInterests.AsNoTracking().Where(b => b.ForceId == forceId && ids.Contains(b.OrganisationId) && b.SubmittedOn != null);
        total += await interests.CountAsync(ct);
        foreach (var b in await interests.OrderByDescending(b => b.SubmittedOn).ThenByDescending(b => b.Id).Take(Shown)
                     .Select(b => new { b.Id, b.SubmittedOn, b.OrganisationId, b.Kind, b.Work, b.Status, Applicant = b.Applicant! }).ToListAsync(ct))
        {
            items.Add(new TimelineItem(b.SubmittedOn!.Value, "Business interests", Name(b.OrganisationId),
                $"BI-{b.Id:D6}: {b.Kind.Describe()} of {b.Applicant.NameAndRankOrGrade} ({b.Work}), {b.Status.Describe().ToLowerInvariant()}", null));
        }

        // Contracts won, dated by the award (or, before it, the tender's opening).
        var won = db.Contracts.AsNoTracking().Where(c => c.ForceId == forceId && c.SupplierOrganisationId != null && ids.Contains(c.SupplierOrganisationId.Value));
        var wonDated = won.Where(c => c.AwardedOn != null || c.TenderOpenedOn != null);
        total += await wonDated.CountAsync(ct);
        foreach (var c in await wonDated.OrderByDescending(c => c.AwardedOn ?? c.TenderOpenedOn).ThenByDescending(c => c.Id).Take(Shown)
                     .Select(c => new { c.Reference, c.Title, c.ValuePence, c.AwardedOn, c.TenderOpenedOn, c.SupplierOrganisationId }).ToListAsync(ct))
        {
            if ((c.AwardedOn ?? c.TenderOpenedOn) is { } on)
            {
                items.Add(new TimelineItem(on, "Contracts", Name(c.SupplierOrganisationId!.Value), $"Awarded contract {c.Reference}, {c.Title}, {UkFormat.Pounds(c.ValuePence)}", null));
            }
        }

        // Contracts bid for.
        var bids = db.ContractBidders.AsNoTracking().Where(b => b.ForceId == forceId && ids.Contains(b.OrganisationId));
        var bidsDated = bids.Where(b => b.Contract!.TenderOpenedOn != null || b.Contract.AwardedOn != null);
        total += await bidsDated.CountAsync(ct);
        foreach (var b in await bidsDated.OrderByDescending(b => b.Contract!.TenderOpenedOn ?? b.Contract.AwardedOn).ThenByDescending(b => b.Id).Take(Shown)
                     .Select(b => new { b.OrganisationId, b.Contract!.Reference, b.Contract.Title, b.Contract.TenderOpenedOn, b.Contract.AwardedOn }).ToListAsync(ct))
        {
            if ((b.TenderOpenedOn ?? b.AwardedOn) is { } on)
            {
                items.Add(new TimelineItem(on, "Contracts", Name(b.OrganisationId), $"Bid for contract {b.Reference}, {b.Title}", null));
            }
        }

        // The party's records, as subqueries the matches are read against.
        var giftIds = gifts.Select(g => g.Id);
        var interestIds = db.BusinessInterests.Where(b => b.ForceId == forceId && ids.Contains(b.OrganisationId)).Select(b => b.Id);
        var supplierIds = db.Suppliers.Where(s => s.ForceId == forceId && ids.Contains(s.OrganisationId)).Select(s => s.Id);
        var contractIds = won.Select(c => c.Id).Concat(bids.Select(b => b.ContractId));

        // Card transactions matched with an offer of the party (one row each, however many offers it matched).
        var matchedCards = db.ProcurementMatches
            .Where(m => m.ForceId == forceId && m.Kind == MatchKind.CardSpendWithOfferor && m.LeftKind == MatchRecordKind.CardTransaction
                && m.RightKind == MatchRecordKind.GiftDeclaration && giftIds.Contains(m.RightId))
            .Select(m => m.LeftId);
        var cards = db.CardTransactions.AsNoTracking().Where(t => t.ForceId == forceId && matchedCards.Contains(t.Id));
        total += await cards.CountAsync(ct);
        foreach (var t in await cards.OrderByDescending(t => t.TransactionOn).ThenByDescending(t => t.Id).Take(Shown)
                     .Select(t => new { t.TransactionOn, t.MerchantName, t.AmountPence, Holder = t.CardHolder! }).ToListAsync(ct))
        {
            items.Add(new TimelineItem(t.TransactionOn, "Card transactions", null,
                $"{UkFormat.Pounds(t.AmountPence)} with {t.MerchantName}, card of {t.Holder.NameAndRankOrGrade}", null));
        }

        // The other matches that name the party, with their outcomes.
        var matches = db.ProcurementMatches.AsNoTracking()
            .Where(m => m.ForceId == forceId && m.Id != exceptMatchId && (
                (m.LeftKind == MatchRecordKind.GiftDeclaration && giftIds.Contains(m.LeftId))
                || (m.RightKind == MatchRecordKind.GiftDeclaration && giftIds.Contains(m.RightId))
                || (m.LeftKind == MatchRecordKind.BusinessInterest && interestIds.Contains(m.LeftId))
                || (m.RightKind == MatchRecordKind.Supplier && supplierIds.Contains(m.RightId))
                || (m.RightKind == MatchRecordKind.Contract && contractIds.Contains(m.RightId))
                || (m.LeftKind == MatchRecordKind.Organisation && (ids.Contains(m.LeftId) || ids.Contains(m.RightId)))));
        total += await matches.CountAsync(ct);
        foreach (var m in await matches.OrderByDescending(m => m.RaisedUtc).ThenByDescending(m => m.Id).Take(Shown)
                     .Select(m => new { m.Id, m.Kind, m.Status, m.RaisedUtc, m.LeftOrganisationId, m.RightOrganisationId }).ToListAsync(ct))
        {
            var organisation = new[] { m.LeftOrganisationId, m.RightOrganisationId }.FirstOrDefault(o => o is { } id && ids.Contains(id)) ?? ids[0];
            items.Add(new TimelineItem(DateOnly.FromDateTime(Core.UkTime.ToUk(m.RaisedUtc)), "Procurement matches", Name(organisation),
                $"{MatchRecords.Reference(m.Id)}: {m.Kind.Describe()}, {m.Status.Describe().ToLowerInvariant()}", $"/Procurement/Matches/View/{m.Id}"));
        }

        var suppliers = await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId && ids.Contains(s.OrganisationId)).OrderBy(s => s.SupplierReference)
            .Select(s => new { s.SupplierReference, s.Status, s.OrganisationId }).ToListAsync(ct);
        return new Timeline(
            items.OrderByDescending(i => i.On).Take(Shown).ToList(),
            total,
            suppliers.Select(s => $"{Name(s.OrganisationId)} is a supplier of the force: {s.SupplierReference}, {s.Status.Describe().ToLowerInvariant()}").ToList());
    }

    private static string Outcome(OfferOutcome outcome, ApprovalStatus approval) =>
        outcome == OfferOutcome.Declined ? "declined"
        : approval is ApprovalStatus.NotRequired or ApprovalStatus.Approved ? "accepted"
        : approval == ApprovalStatus.Refused ? "accepted, approval refused"
        : "accepted, awaiting approval";
}
