using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The pack for a force's quarterly procurement cross-check meeting: the contracts and tenders
/// new in the quarter with the offers from their winner or bidders within the force's window;
/// the matches raised in the quarter and how each stands; the organisations that made the most
/// offers in the quarter; and card spending in the quarter with organisations that made offers
/// (the cross-check's card-spend matches, not a second matching). Every section is a query
/// bounded by the quarter, so a busy force's pack reads only its quarter's rows.
/// </summary>
public sealed record QuarterlyPack(
    Quarter Quarter,
    int WindowMonths,
    IReadOnlyList<QuarterlyPack.ContractRow> Contracts,
    IReadOnlyList<QuarterlyPack.MatchRow> Matches,
    IReadOnlyList<QuarterlyPack.OfferorRow> TopOfferors,
    IReadOnlyList<QuarterlyPack.CardRow> CardSpend)
{
    public const int TopOfferorCount = 10;

    /// <summary>An offer from the winner or a bidder of a contract, as the pack lists it.</summary>
    public sealed record OfferRow(int DeclarationId, DateOnly OfferedOn, string OrganisationName, string Declarant, OfferType Type, long ValuePence, OfferOutcome Outcome, bool FromWinner);

    /// <summary>A contract awarded, or a tender opened, in the quarter, with the offers from its winner or bidders.</summary>
    public sealed record ContractRow(int Id, string Reference, string Title, ProcurementRoute Route, string? Winner, DateOnly? TenderOpenedOn, DateOnly? AwardedOn, long ValuePence, IReadOnlyList<OfferRow> Offers);

    public sealed record MatchRow(int Id, MatchKind Kind, MatchPriority Priority, int Score, string Reason, DateTime RaisedUtc, MatchStatus Status, DateTime? SettledUtc);

    public sealed record OfferorRow(int OrganisationId, string Name, int Offers, long ValuePence);

    public sealed record CardRow(int MatchId, DateOnly TransactionOn, string CardHolder, string Merchant, long AmountPence, string Offeror, MatchStatus Status);

    public static async Task<QuarterlyPack> BuildAsync(IntegrityDbContext db, int forceId, Quarter quarter, CancellationToken ct = default)
    {
        var window = await db.ForceSettings.Where(s => s.ForceId == forceId).Select(s => (int?)s.ProcurementWindowMonths).SingleOrDefaultAsync(ct)
            ?? ProcurementRules.DefaultWindowMonths;
        return new QuarterlyPack(quarter, window,
            await ContractsAsync(db, forceId, quarter, window, ct),
            await MatchesAsync(db, forceId, quarter, ct),
            await TopOfferorsAsync(db, forceId, quarter, ct),
            await CardSpendAsync(db, forceId, quarter, ct));
    }

    /// <summary>
    /// "New" in the quarter: awarded in it, or opened as a tender in it (a tender opened in one
    /// quarter and awarded in the next appears in both packs). The window is taken either side of
    /// the award, or of the opening while the tender has no award, as the cross-check takes it.
    /// </summary>
    private static async Task<IReadOnlyList<ContractRow>> ContractsAsync(IntegrityDbContext db, int forceId, Quarter quarter, int window, CancellationToken ct)
    {
        var (first, last) = (quarter.FirstDay, quarter.LastDay);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.ForceId == forceId
                && ((c.AwardedOn >= first && c.AwardedOn <= last) || (c.TenderOpenedOn >= first && c.TenderOpenedOn <= last)))
            .OrderBy(c => c.AwardedOn ?? c.TenderOpenedOn).ThenBy(c => c.Reference)
            .Select(c => new { c.Id, c.Reference, c.Title, c.Route, c.SupplierOrganisationId, Winner = c.SupplierOrganisation!.Name, c.TenderOpenedOn, c.AwardedOn, c.ValuePence })
            .ToListAsync(ct);
        if (contracts.Count == 0)
        {
            return [];
        }

        var ids = contracts.Select(c => c.Id).ToList();
        var bidders = (await db.ContractBidders.AsNoTracking().Where(b => b.ForceId == forceId && ids.Contains(b.ContractId))
                .Select(b => new { b.ContractId, b.OrganisationId }).ToListAsync(ct))
            .ToLookup(b => b.ContractId, b => b.OrganisationId);
        var organisations = contracts.Where(c => c.SupplierOrganisationId != null).Select(c => c.SupplierOrganisationId!.Value)
            .Concat(bidders.SelectMany(b => b)).Distinct().ToList();
        // Days are within the quarter, so the offers read lie within the window either side of it.
        var from = first.AddMonths(-window);
        var to = last.AddMonths(window);
        var offers = organisations.Count == 0
            ? []
            : await db.GiftDeclarations.AsNoTracking()
                .Where(g => g.ForceId == forceId && organisations.Contains(g.OrganisationId) && g.OfferedOn >= from && g.OfferedOn <= to)
                .OrderBy(g => g.OfferedOn).ThenBy(g => g.Id)
                .Select(g => new { g.Id, g.OrganisationId, g.OfferedOn, g.OrganisationName, g.Declarant, g.OfferType, g.ValuePence, g.Outcome })
                .ToListAsync(ct);

        return contracts.Select(c =>
        {
            var anchor = (c.AwardedOn ?? c.TenderOpenedOn)!.Value;
            var parties = bidders[c.Id].Append(c.SupplierOrganisationId ?? 0).ToHashSet();
            var theirs = offers
                .Where(o => parties.Contains(o.OrganisationId) && o.OfferedOn >= anchor.AddMonths(-window) && o.OfferedOn <= anchor.AddMonths(window))
                .Select(o => new OfferRow(o.Id, o.OfferedOn, o.OrganisationName, o.Declarant!.NameAndRankOrGrade, o.OfferType, o.ValuePence, o.Outcome,
                    o.OrganisationId == c.SupplierOrganisationId))
                .ToList();
            return new ContractRow(c.Id, c.Reference, c.Title, c.Route, c.SupplierOrganisationId is null ? null : c.Winner, c.TenderOpenedOn, c.AwardedOn, c.ValuePence, theirs);
        }).ToList();
    }

    /// <summary>The matches raised in the quarter (UK days), highest priority first, and how each stands now.</summary>
    private static async Task<IReadOnlyList<MatchRow>> MatchesAsync(IntegrityDbContext db, int forceId, Quarter quarter, CancellationToken ct) =>
        await db.ProcurementMatches.AsNoTracking()
            .Where(m => m.ForceId == forceId && m.RaisedUtc >= quarter.StartUtc && m.RaisedUtc < quarter.EndUtc)
            .OrderByDescending(m => m.Priority).ThenBy(m => m.RaisedUtc).ThenBy(m => m.Id)
            .Select(m => new MatchRow(m.Id, m.Kind, m.Priority, m.Score, m.Reason, m.RaisedUtc, m.Status, m.SettledUtc))
            .ToListAsync(ct);

    /// <summary>By the number of offers made in the quarter; ties by the higher value, then by name.</summary>
    private static async Task<IReadOnlyList<OfferorRow>> TopOfferorsAsync(IntegrityDbContext db, int forceId, Quarter quarter, CancellationToken ct)
    {
        var top = await db.GiftDeclarations.AsNoTracking()
            .Where(g => g.ForceId == forceId && g.OfferedOn >= quarter.FirstDay && g.OfferedOn <= quarter.LastDay)
            .GroupBy(g => g.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Offers = g.Count(), ValuePence = g.Sum(x => x.ValuePence) })
            .OrderByDescending(g => g.Offers).ThenByDescending(g => g.ValuePence).ThenBy(g => g.OrganisationId)
            .Take(TopOfferorCount)
            .ToListAsync(ct);
        var ids = top.Select(t => t.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return top.Select(t => new OfferorRow(t.OrganisationId, names.GetValueOrDefault(t.OrganisationId, "(not found)"), t.Offers, t.ValuePence))
            .OrderByDescending(t => t.Offers).ThenByDescending(t => t.ValuePence).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The cross-check's card-spend matches whose transaction fell in the quarter.</summary>
    private static async Task<IReadOnlyList<CardRow>> CardSpendAsync(IntegrityDbContext db, int forceId, Quarter quarter, CancellationToken ct)
    {
        var rows = await (
                from m in db.ProcurementMatches.AsNoTracking()
                where m.ForceId == forceId && m.Kind == MatchKind.CardSpendWithOfferor && m.LeftKind == MatchRecordKind.CardTransaction
                join t in db.CardTransactions.AsNoTracking() on m.LeftId equals t.Id
                where t.ForceId == forceId && t.TransactionOn >= quarter.FirstDay && t.TransactionOn <= quarter.LastDay
                join o in db.Organisations.AsNoTracking() on m.RightOrganisationId equals (int?)o.Id into offerors
                from o in offerors.DefaultIfEmpty()
                orderby t.TransactionOn, t.Id, m.Id
                select new
                {
                    MatchId = m.Id, t.TransactionOn, t.CardHolder,
                    t.MerchantName, t.AmountPence, Offeror = o == null ? null : o.Name, m.Status,
                })
            .ToListAsync(ct);
        return rows.Select(r => new CardRow(r.MatchId, r.TransactionOn, r.CardHolder!.NameAndRankOrGrade, r.MerchantName, r.AmountPence,
            r.Offeror ?? "(not found)", r.Status)).ToList();
    }
}
