using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The columns the cross-check compares (ids, names, dates; never whole records), read either for a
/// whole force (<see cref="ForForceAsync"/>) or for one outside party (<see cref="ForOrganisationAsync"/>:
/// the organisation, the force's organisations the matcher takes for the same, and only the records
/// that name one of them, each read through an index led by ForceId). The rules in
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
    /// One outside party: the organisation and those the matcher takes for it. Only the force's
    /// organisation names (ids and names, a few thousand at most) and the suppliers' VAT numbers are
    /// read whole, because a name typed today can be a spelling of any of them; every register is
    /// then read only for the party's organisations.
    /// </summary>
    public static async Task<CrossCheckRegisters> ForOrganisationAsync(IntegrityDbContext db, int forceId, int organisationId, CancellationToken ct)
    {
        var all = await db.Organisations.AsNoTracking().Where(o => o.ForceId == forceId)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.CompanyNumber)).ToListAsync(ct);
        var vat = (await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId && s.VatNumber != null)
            .Select(s => new { s.OrganisationId, s.VatNumber }).ToListAsync(ct)).GroupBy(s => s.OrganisationId).ToDictionary(g => g.Key, g => g.First().VatNumber);
        var own = all.SingleOrDefault(o => o.Id == organisationId);
        if (own is null)
        {
            return new CrossCheckRegisters { WindowMonths = await WindowAsync(db, forceId, ct) };
        }

        NamedParty Party(OrganisationRow o) => new(o.Id, o.Name, o.CompanyNumber, vat.GetValueOrDefault(o.Id));
        var same = OrganisationMatcher.Match([Party(own)], all.Where(o => o.Id != own.Id).Select(Party).ToList()).Select(m => m.RightId).ToHashSet();
        var party = all.Where(o => o.Id == own.Id || same.Contains(o.Id)).ToList();
        var ids = party.Select(o => o.Id).ToList();

        var bidders = await db.ContractBidders.AsNoTracking().Where(b => b.ForceId == forceId && ids.Contains(b.OrganisationId))
            .Select(b => new BidderRow(b.ContractId, b.OrganisationId)).ToListAsync(ct);
        var bidFor = bidders.Select(b => b.ContractId).Distinct().ToList();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.ForceId == forceId && ((c.SupplierOrganisationId != null && ids.Contains(c.SupplierOrganisationId.Value)) || bidFor.Contains(c.Id)))
            .Select(c => new ContractRow(c.Id, c.Reference, c.SupplierOrganisationId, c.AwardedOn ?? c.TenderOpenedOn, c.AwardingDepartmentId)).ToListAsync(ct);
        var contractIds = contracts.Select(c => c.Id).ToList();
        var gifts = await db.GiftDeclarations.AsNoTracking().Where(g => g.ForceId == forceId && ids.Contains(g.OrganisationId))
            .Select(g => new GiftRow(g.Id, g.OrganisationId, g.DeclarantId, g.DepartmentId, g.OfferedOn, g.OfferType)).ToListAsync(ct);
        var holders = gifts.Where(g => IsHospitality(g.OfferType)).Select(g => g.DeclarantId).Distinct().ToList();
        return new CrossCheckRegisters
        {
            WindowMonths = await WindowAsync(db, forceId, ct),
            Organisations = party,
            Suppliers = await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId && ids.Contains(s.OrganisationId))
                .Select(s => new SupplierRow(s.Id, s.OrganisationId, s.VatNumber, s.SupplierReference)).ToListAsync(ct),
            Contracts = contracts,
            Bidders = bidders.Where(b => contractIds.Contains(b.ContractId)).ToList(),
            Deciders = await db.ContractPeople.AsNoTracking().Where(p => p.ForceId == forceId && contractIds.Contains(p.ContractId))
                .Select(p => new DeciderRow(p.ContractId, p.PersonId, p.Part)).ToListAsync(ct),
            Gifts = gifts,
            Interests = await db.BusinessInterests.AsNoTracking().Where(b => b.ForceId == forceId && ids.Contains(b.OrganisationId) && !NotYetOrNoLonger.Contains(b.Status))
                .Select(b => new InterestRow(b.Id, b.OrganisationId, b.ApplicantId)).ToListAsync(ct),
            Cards = holders.Count == 0 ? [] : await db.CardTransactions.AsNoTracking().Where(t => t.ForceId == forceId && holders.Contains(t.CardHolderId))
                .Select(t => new CardRow(t.Id, t.CardHolderId, t.MerchantName, t.TransactionOn)).ToListAsync(ct),
        };
    }

    private static Task<int> WindowAsync(IntegrityDbContext db, int forceId, CancellationToken ct) =>
        db.ForceSettings.Where(s => s.ForceId == forceId).Select(s => s.ProcurementWindowMonths).SingleAsync(ct);
}
