using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The columns the cross-check compares (ids, names, dates; never whole records), read either for a
/// whole force (<see cref="ForForceAsync"/>) or for one saved record (<see cref="ForRecordAsync"/>).
/// The rules in
/// <see cref="ProcurementCrossCheck"/> run the same over either.
/// </summary>
internal sealed class CrossCheckRegisters
{
    internal sealed record OrganisationRow(int Id, string Name, string? CompanyNumber);
    internal sealed record SupplierRow(int Id, int OrganisationId, string? VatNumber, string SupplierReference);
    internal sealed record ContractRow(int Id, string Reference, int? SupplierOrganisationId, DateOnly? When, int? AwardingDepartmentId);
    internal sealed record BidderRow(int ContractId, int OrganisationId);
    internal sealed record DeciderRow(int ContractId, int PersonId, ContractPart Part);
    internal sealed record GiftRow(int Id, int OrganisationId, int DeclarantId, int? DepartmentId, DateOnly OfferedOn, OfferType OfferType);
    internal sealed record InterestRow(int Id, int OrganisationId, int ApplicantId);
    internal sealed record CardRow(int Id, int CardHolderId, string MerchantName, DateOnly TransactionOn);

    private static readonly InterestStatus[] NotYetOrNoLonger = [InterestStatus.Draft, InterestStatus.Withdrawn];
    private static readonly OfferType[] HospitalityTypes = [OfferType.Hospitality, OfferType.TicketOrEvent, OfferType.Travel];

    public int WindowMonths { get; private init; }
    public List<OrganisationRow> Organisations { get; private init; } = [];
    public List<SupplierRow> Suppliers { get; private init; } = [];
    public List<ContractRow> Contracts { get; private init; } = [];
    public List<BidderRow> Bidders { get; private init; } = [];
    public List<DeciderRow> Deciders { get; private init; } = [];
    public List<GiftRow> Gifts { get; private init; } = [];
    public List<InterestRow> Interests { get; private init; } = [];
    public List<CardRow> Cards { get; private init; } = [];

    public static bool IsHospitality(OfferType type) => HospitalityTypes.Contains(type);

    public static async Task<CrossCheckRegisters> ForForceAsync(IntegrityDbContext db, int forceId, CancellationToken ct) => new()
    {
        WindowMonths = await WindowAsync(db, forceId, ct),
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.ForceId == forceId)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.CompanyNumber)).ToListAsync(ct),
        Suppliers = await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId)
            .Select(s => new SupplierRow(s.Id, s.OrganisationId, s.VatNumber, s.SupplierReference)).ToListAsync(ct),
        Contracts = await db.Contracts.AsNoTracking().Where(c => c.ForceId == forceId)
            .Select(c => new ContractRow(c.Id, c.Reference, c.SupplierOrganisationId, c.AwardedOn ?? c.TenderOpenedOn, c.AwardingDepartmentId)).ToListAsync(ct),
        Bidders = await db.ContractBidders.AsNoTracking().Where(b => b.ForceId == forceId)
            .Select(b => new BidderRow(b.ContractId, b.OrganisationId)).ToListAsync(ct),
        Deciders = await db.ContractPeople.AsNoTracking().Where(p => p.ForceId == forceId)
            .Select(p => new DeciderRow(p.ContractId, p.PersonId, p.Part)).ToListAsync(ct),
        Gifts = await db.GiftDeclarations.AsNoTracking().Where(g => g.ForceId == forceId)
            .Select(g => new GiftRow(g.Id, g.OrganisationId, g.DeclarantId, g.DepartmentId, g.OfferedOn, g.OfferType)).ToListAsync(ct),
        Interests = await db.BusinessInterests.AsNoTracking().Where(b => b.ForceId == forceId && !NotYetOrNoLonger.Contains(b.Status))
            .Select(b => new InterestRow(b.Id, b.OrganisationId, b.ApplicantId)).ToListAsync(ct),
        Cards = await db.CardTransactions.AsNoTracking().Where(t => t.ForceId == forceId)
            .Select(t => new CardRow(t.Id, t.CardHolderId, t.MerchantName, t.TransactionOn)).ToListAsync(ct),
    };

    /// <summary>
    /// One saved declaration or application and the outside party it names: the record itself; its
    /// organisation and those of the force's procurement parties (suppliers, contracts' winners and
    /// bidders) the matcher takes for it; and, when no earlier declaration or application names the
    /// organisation (it was typed afresh), every other organisation the matcher takes for it, so a
    /// second spelling is raised at once. Everything else the whole-force run reads (the party's
    /// other offers, the force's other names) was checked when it was saved and is checked nightly.
    /// Each list is read through an index led by ForceId, and each list of ids goes as one parameter.
    /// </summary>
    public static async Task<CrossCheckRegisters> ForRecordAsync(IntegrityDbContext db, int forceId, MatchRecordKind kind, int recordId, CancellationToken ct)
    {
        var window = await WindowAsync(db, forceId, ct);
        var gifts = kind != MatchRecordKind.GiftDeclaration ? [] : await db.GiftDeclarations.AsNoTracking().Where(g => g.ForceId == forceId && g.Id == recordId)
            .Select(g => new GiftRow(g.Id, g.OrganisationId, g.DeclarantId, g.DepartmentId, g.OfferedOn, g.OfferType)).ToListAsync(ct);
        var interests = kind != MatchRecordKind.BusinessInterest ? [] : await db.BusinessInterests.AsNoTracking()
            .Where(b => b.ForceId == forceId && b.Id == recordId && !NotYetOrNoLonger.Contains(b.Status))
            .Select(b => new InterestRow(b.Id, b.OrganisationId, b.ApplicantId)).ToListAsync(ct);
        var organisationId = gifts.Select(g => g.OrganisationId).Concat(interests.Select(i => i.OrganisationId)).Cast<int?>().FirstOrDefault();
        var own = organisationId is null ? null : await db.Organisations.AsNoTracking().Where(o => o.ForceId == forceId && o.Id == organisationId)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.CompanyNumber)).SingleOrDefaultAsync(ct);
        if (own is null)
        {
            return new CrossCheckRegisters { WindowMonths = window };
        }

        var procurementIds = db.Suppliers.Where(s => s.ForceId == forceId).Select(s => s.OrganisationId)
            .Union(db.Contracts.Where(c => c.ForceId == forceId && c.SupplierOrganisationId != null).Select(c => c.SupplierOrganisationId!.Value))
            .Union(db.ContractBidders.Where(b => b.ForceId == forceId).Select(b => b.OrganisationId));
        var procurement = await db.Organisations.AsNoTracking().Where(o => o.ForceId == forceId && o.Id != own.Id && procurementIds.Contains(o.Id))
            .Select(o => new OrganisationRow(o.Id, o.Name, o.CompanyNumber)).ToListAsync(ct);
        var vat = (await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId && s.VatNumber != null)
            .Select(s => new { s.OrganisationId, s.VatNumber }).ToListAsync(ct)).GroupBy(s => s.OrganisationId).ToDictionary(g => g.Key, g => g.First().VatNumber);
        NamedParty Party(OrganisationRow o) => new(o.Id, o.Name, o.CompanyNumber, vat.GetValueOrDefault(o.Id));
        List<NamedParty> ownParty = [Party(own)];
        var same = OrganisationMatcher.Match(ownParty, procurement.Select(Party).ToList()).Select(m => m.RightId).ToHashSet();
        var party = procurement.Where(o => same.Contains(o.Id)).Prepend(own).ToList();

        var namedBefore = await db.GiftDeclarations.AnyAsync(g => g.ForceId == forceId && g.OrganisationId == own.Id && !(kind == MatchRecordKind.GiftDeclaration && g.Id == recordId), ct)
            || await db.BusinessInterests.AnyAsync(b => b.ForceId == forceId && b.OrganisationId == own.Id && !(kind == MatchRecordKind.BusinessInterest && b.Id == recordId), ct);
        if (!namedBefore)
        {
            var others = await db.Organisations.AsNoTracking().Where(o => o.ForceId == forceId && o.Id != own.Id)
                .Select(o => new OrganisationRow(o.Id, o.Name, o.CompanyNumber)).ToListAsync(ct);
            var twins = OrganisationMatcher.Match(ownParty, others.Select(Party).ToList()).Select(m => m.RightId).Where(id => !same.Contains(id)).ToHashSet();
            party.AddRange(others.Where(o => twins.Contains(o.Id)));
        }

        var ids = party.Select(o => o.Id).ToList();
        var bidders = await db.ContractBidders.AsNoTracking().Where(b => b.ForceId == forceId && EF.Parameter(ids).Contains(b.OrganisationId))
            .Select(b => new BidderRow(b.ContractId, b.OrganisationId)).ToListAsync(ct);
        var bidFor = bidders.Select(b => b.ContractId).Distinct().ToList();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.ForceId == forceId && ((c.SupplierOrganisationId != null && EF.Parameter(ids).Contains(c.SupplierOrganisationId.Value)) || EF.Parameter(bidFor).Contains(c.Id)))
            .Select(c => new ContractRow(c.Id, c.Reference, c.SupplierOrganisationId, c.AwardedOn ?? c.TenderOpenedOn, c.AwardingDepartmentId)).ToListAsync(ct);
        var contractIds = contracts.Select(c => c.Id).ToList();

        // Card spending only for an offer of hospitality, and only the holder's transactions within the window of it.
        var hospitality = gifts.Where(g => IsHospitality(g.OfferType)).ToList();
        var cards = new List<CardRow>();
        foreach (var offer in hospitality)
        {
            var (from, to) = (offer.OfferedOn.AddMonths(-window), offer.OfferedOn.AddMonths(window));
            cards.AddRange(await db.CardTransactions.AsNoTracking()
                .Where(t => t.ForceId == forceId && t.CardHolderId == offer.DeclarantId && t.TransactionOn >= from && t.TransactionOn <= to)
                .Select(t => new CardRow(t.Id, t.CardHolderId, t.MerchantName, t.TransactionOn)).ToListAsync(ct));
        }

        return new CrossCheckRegisters
        {
            WindowMonths = window,
            Organisations = party,
            Suppliers = await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId && EF.Parameter(ids).Contains(s.OrganisationId))
                .Select(s => new SupplierRow(s.Id, s.OrganisationId, s.VatNumber, s.SupplierReference)).ToListAsync(ct),
            Contracts = contracts,
            Bidders = bidders,
            Deciders = await db.ContractPeople.AsNoTracking().Where(p => p.ForceId == forceId && EF.Parameter(contractIds).Contains(p.ContractId))
                .Select(p => new DeciderRow(p.ContractId, p.PersonId, p.Part)).ToListAsync(ct),
            Gifts = gifts,
            Interests = interests,
            Cards = cards,
        };
    }

    private static Task<int> WindowAsync(IntegrityDbContext db, int forceId, CancellationToken ct) =>
        db.ForceSettings.Where(s => s.ForceId == forceId).Select(s => s.ProcurementWindowMonths).SingleAsync(ct);
}
