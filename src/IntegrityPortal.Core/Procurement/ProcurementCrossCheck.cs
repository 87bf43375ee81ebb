using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The cross-check of one force's registers: it looks for the same outside party in different
/// registers and records each coincidence as a <see cref="ProcurementMatch"/> with its score and
/// reason. It reads only the columns it compares (ids, names, dates), never whole records, and
/// finds candidate pairs through <see cref="OrganisationMatcher"/>'s blocks. A pair already
/// recorded, whatever PSD decided about it, is never recorded again, so running it twice adds
/// nothing and "not a match" stays settled. The rules:
/// <list type="bullet">
/// <item>an offer from an organisation that is a supplier, or the winner or a bidder of a contract
/// awarded (or, before award, opened) within the force's window of the offer; high priority when
/// the declarant sat on the panel, signed the award or works in the awarding department;</item>
/// <item>a business interest in a supplier, or in the winner or a bidder of a contract; high
/// priority when the applicant sat on that contract's panel or signed it;</item>
/// <item>card spending within the window with a merchant that offered the card holder hospitality;</item>
/// <item>the same organisation entered twice under different spellings.</item>
/// </list>
/// An organisation counts as the same party as another when it is the same record, or when the
/// matcher takes the two names (or company or VAT numbers) for the same. <see cref="RunAsync"/>
/// covers a whole force (after a procurement save or import, and nightly);
/// <see cref="RunForRecordAsync"/> covers one saved declaration or application (decision 0069),
/// reading only what that record can be matched with.
/// </summary>
public static class ProcurementCrossCheck
{
    private sealed record Equivalent(int OrganisationId, int Score, string? Reason);

    private sealed record Found(MatchKind Kind, MatchRecordKind LeftKind, int LeftId, MatchRecordKind RightKind, int RightId,
        int? LeftOrganisationId, int? RightOrganisationId, int Score, string Reason, MatchPriority Priority);

    /// <summary>Runs every rule over the force's records; returns how many new matches were recorded.</summary>
    public static async Task<int> RunAsync(IntegrityDbContext db, int forceId, CancellationToken ct = default) =>
        await RecordAsync(db, forceId, Rules(await CrossCheckRegisters.ForForceAsync(db, forceId, ct)), wholeForce: true, ct);

    /// <summary>
    /// Runs every rule for one saved gift declaration or business interest: the record against the
    /// suppliers and contracts of its organisation and of the organisations the matcher takes for
    /// it, the holder's card spending if it is an offer of hospitality, and a second spelling of an
    /// organisation typed afresh. Every pair it finds is one the whole-force run would find; a pair
    /// already recorded (whatever PSD decided) is not recorded again.
    /// </summary>
    public static async Task<int> RunForRecordAsync(IntegrityDbContext db, int forceId, MatchRecordKind kind, int recordId, CancellationToken ct = default) =>
        await RecordAsync(db, forceId, Rules(await CrossCheckRegisters.ForRecordAsync(db, forceId, kind, recordId, ct)), wholeForce: false, ct);

    private static List<Found> Rules(CrossCheckRegisters r)
    {
        var windowMonths = r.WindowMonths;
        var vatOf = r.Suppliers.Where(s => s.VatNumber != null).GroupBy(s => s.OrganisationId).ToDictionary(g => g.Key, g => g.First().VatNumber);
        var names = r.Organisations.ToDictionary(o => o.Id, o => o.Name);
        var parties = r.Organisations.Select(o => new NamedParty(o.Id, o.Name, o.CompanyNumber, vatOf.GetValueOrDefault(o.Id))).ToList();

        // Which organisations are the same party: each itself, and the pairs the matcher finds.
        var duplicates = OrganisationMatcher.Duplicates(parties);
        var equivalents = r.Organisations.ToDictionary(o => o.Id, o => new List<Equivalent> { new(o.Id, 100, null) });
        foreach (var pair in duplicates)
        {
            equivalents[pair.LeftId].Add(new Equivalent(pair.RightId, pair.Score, pair.Reason));
            equivalents[pair.RightId].Add(new Equivalent(pair.LeftId, pair.Score, pair.Reason));
        }

        var contractById = r.Contracts.ToDictionary(c => c.Id);
        var deciders = r.Deciders.ToLookup(p => p.ContractId);

        // Every organisation's part in contracts: winner or bidder.
        var contractsOf = r.Contracts.Where(c => c.SupplierOrganisationId != null).Select(c => (Organisation: c.SupplierOrganisationId!.Value, c.Id, Part: "the winner"))
            .Concat(r.Bidders.Where(b => contractById.ContainsKey(b.ContractId)).Select(b => (Organisation: b.OrganisationId, Id: b.ContractId, Part: "a bidder")))
            .ToLookup(x => x.Organisation);
        var suppliersOf = r.Suppliers.ToLookup(s => s.OrganisationId);

        var found = new List<Found>();

        string Via(Equivalent e, int original) =>
            e.Reason is null ? $"the same organisation, {names[original]}" : e.Reason;

        foreach (var gift in r.Gifts)
        {
            foreach (var e in equivalents.GetValueOrDefault(gift.OrganisationId) ?? [])
            {
                foreach (var supplier in suppliersOf[e.OrganisationId])
                {
                    found.Add(new Found(MatchKind.OfferFromSupplier, MatchRecordKind.GiftDeclaration, gift.Id, MatchRecordKind.Supplier, supplier.Id,
                        gift.OrganisationId, e.OrganisationId, e.Score, $"An offer from a supplier of the force ({supplier.SupplierReference}): {Via(e, gift.OrganisationId)}", MatchPriority.Normal));
                }

                foreach (var (_, contractId, part) in contractsOf[e.OrganisationId])
                {
                    var contract = contractById[contractId];
                    if (contract.When is not { } when || gift.OfferedOn < when.AddMonths(-windowMonths) || gift.OfferedOn > when.AddMonths(windowMonths))
                    {
                        continue;
                    }

                    var people = deciders[contractId].Where(p => p.PersonId == gift.DeclarantId).Select(p => p.Part).ToList();
                    var why = people.Contains(ContractPart.PanelMember) ? "; the declarant sat on the evaluation panel"
                        : people.Contains(ContractPart.Signatory) ? "; the declarant signed the award"
                        : gift.DepartmentId is { } d && d == contract.AwardingDepartmentId ? "; the declarant works in the awarding department"
                        : string.Empty;
                    found.Add(new Found(MatchKind.OfferFromSupplier, MatchRecordKind.GiftDeclaration, gift.Id, MatchRecordKind.Contract, contractId,
                        gift.OrganisationId, e.OrganisationId, e.Score,
                        $"An offer made within {windowMonths} months of contract {contract.Reference}, of which the offeror was {part}{why}: {Via(e, gift.OrganisationId)}",
                        why.Length > 0 ? MatchPriority.High : MatchPriority.Normal));
                }
            }
        }

        foreach (var interest in r.Interests)
        {
            foreach (var e in equivalents.GetValueOrDefault(interest.OrganisationId) ?? [])
            {
                foreach (var supplier in suppliersOf[e.OrganisationId])
                {
                    found.Add(new Found(MatchKind.InterestInSupplier, MatchRecordKind.BusinessInterest, interest.Id, MatchRecordKind.Supplier, supplier.Id,
                        interest.OrganisationId, e.OrganisationId, e.Score, $"A business interest in a supplier of the force ({supplier.SupplierReference}): {Via(e, interest.OrganisationId)}", MatchPriority.Normal));
                }

                foreach (var (_, contractId, part) in contractsOf[e.OrganisationId])
                {
                    var decided = deciders[contractId].Any(p => p.PersonId == interest.ApplicantId);
                    found.Add(new Found(MatchKind.InterestInSupplier, MatchRecordKind.BusinessInterest, interest.Id, MatchRecordKind.Contract, contractId,
                        interest.OrganisationId, e.OrganisationId, e.Score,
                        $"A business interest in {part} of contract {contractById[contractId].Reference}{(decided ? "; the applicant sat on its panel or signed its award" : "")}: {Via(e, interest.OrganisationId)}",
                        decided ? MatchPriority.High : MatchPriority.Normal));
                }
            }
        }

        // Card spending: each card holder's transactions against the offers of hospitality made to them.
        var hospitality = r.Gifts.Where(g => CrossCheckRegisters.IsHospitality(g.OfferType)).ToLookup(g => g.DeclarantId);
        foreach (var holder in r.Cards.ToLookup(t => t.CardHolderId))
        {
            var offers = hospitality[holder.Key].ToList();
            if (offers.Count == 0)
            {
                continue;
            }

            var offerParties = offers.Select(o => new NamedParty(o.Id, names[o.OrganisationId])).ToList();
            var cardParties = holder.Select(t => new NamedParty(t.Id, t.MerchantName)).ToList();
            var offerById = offers.ToDictionary(o => o.Id);
            var cardById = holder.ToDictionary(t => t.Id);
            foreach (var match in OrganisationMatcher.Match(offerParties, cardParties, rightIsMerchant: true))
            {
                var offer = offerById[match.LeftId];
                var card = cardById[match.RightId];
                if (card.TransactionOn < offer.OfferedOn.AddMonths(-windowMonths) || card.TransactionOn > offer.OfferedOn.AddMonths(windowMonths))
                {
                    continue;
                }

                found.Add(new Found(MatchKind.CardSpendWithOfferor, MatchRecordKind.CardTransaction, card.Id, MatchRecordKind.GiftDeclaration, offer.Id,
                    null, offer.OrganisationId, match.Score, $"Card spending with a merchant that offered the card holder hospitality within {windowMonths} months: {match.Reason}", MatchPriority.Normal));
            }
        }

        foreach (var pair in duplicates)
        {
            found.Add(new Found(MatchKind.DuplicateOrganisation, MatchRecordKind.Organisation, pair.LeftId, MatchRecordKind.Organisation, pair.RightId,
                pair.LeftId, pair.RightId, pair.Score, $"The same organisation may be entered twice: {pair.Reason}", MatchPriority.Normal));
        }

        return found;
    }

    private static async Task<int> RecordAsync(IntegrityDbContext db, int forceId, List<Found> found, bool wholeForce, CancellationToken ct)
    {
        if (found.Count == 0)
        {
            return 0;
        }

        var recorded = new HashSet<(MatchKind, MatchRecordKind, int, MatchRecordKind, int)>();
        if (wholeForce)
        {
            recorded.UnionWith((await db.ProcurementMatches.AsNoTracking().Where(m => m.ForceId == forceId)
                    .Select(m => new { m.Kind, m.LeftKind, m.LeftId, m.RightKind, m.RightId }).ToListAsync(ct))
                .Select(m => (m.Kind, m.LeftKind, m.LeftId, m.RightKind, m.RightId)));
        }
        else
        {
            // One party's pairs are few: each (kind, left kind) reads its left ids through the unique index of pairs.
            foreach (var group in found.GroupBy(f => (f.Kind, f.LeftKind)))
            {
                var (kind, leftKind) = group.Key;
                var leftIds = group.Select(f => f.LeftId).Distinct().ToList();
                recorded.UnionWith((await db.ProcurementMatches.AsNoTracking()
                        .Where(m => m.ForceId == forceId && m.Kind == kind && m.LeftKind == leftKind && EF.Parameter(leftIds).Contains(m.LeftId))
                        .Select(m => new { m.Kind, m.LeftKind, m.LeftId, m.RightKind, m.RightId }).ToListAsync(ct))
                    .Select(m => (m.Kind, m.LeftKind, m.LeftId, m.RightKind, m.RightId)));
            }
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var added = 0;
        // The same pair can be found through several spellings: the best score and the higher priority stand.
        foreach (var group in found.GroupBy(f => (f.Kind, f.LeftKind, f.LeftId, f.RightKind, f.RightId)))
        {
            if (recorded.Contains(group.Key))
            {
                continue;
            }

            var best = group.OrderByDescending(f => f.Priority).ThenByDescending(f => f.Score).First();
            db.ProcurementMatches.Add(new ProcurementMatch
            {
                ForceId = forceId,
                Kind = best.Kind,
                LeftKind = best.LeftKind,
                LeftId = best.LeftId,
                RightKind = best.RightKind,
                RightId = best.RightId,
                LeftOrganisationId = best.LeftOrganisationId,
                RightOrganisationId = best.RightOrganisationId,
                Score = best.Score,
                Reason = best.Reason.Length <= 500 ? best.Reason : best.Reason[..497] + "...",
                Priority = best.Priority,
                RaisedUtc = now,
            });
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
