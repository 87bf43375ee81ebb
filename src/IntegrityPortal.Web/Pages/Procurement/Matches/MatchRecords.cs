using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>One side of a match as the match page shows it: what it is, its reference, its facts, and where to open it.</summary>
public sealed record MatchRecord(string Heading, string Reference, IReadOnlyList<(string Label, string Value)> Facts, string? Href);

/// <summary>The words for matches, and each side of a match read from its register (within the user's forces).</summary>
public static class MatchRecords
{
    public static string Describe(this MatchKind kind) => kind switch
    {
        MatchKind.OfferFromSupplier => "Offer from a supplier or bidder",
        MatchKind.InterestInSupplier => "Business interest in a supplier or bidder",
        MatchKind.CardSpendWithOfferor => "Card spending with an offeror",
        MatchKind.DuplicateOrganisation => "Organisation entered twice",
        _ => kind.ToString(),
    };

    public static string Describe(this MatchStatus status) => status switch
    {
        MatchStatus.New => "New",
        MatchStatus.NotAMatch => "Not a match",
        MatchStatus.NoConcern => "No concern",
        MatchStatus.AdviceGiven => "Advice given",
        MatchStatus.Referred => "Referred to an investigation",
        MatchStatus.Merged => "Merged into one organisation",
        _ => status.ToString(),
    };

    public static string Reference(int id) => $"PM-{id:D6}";

    /// <summary>The record, or null when it is not in the user's forces (never expected: both sides share the match's force).</summary>
    public static async Task<MatchRecord?> LoadAsync(IntegrityDbContext db, MatchRecordKind kind, int id, CancellationToken ct)
    {
        switch (kind)
        {
            case MatchRecordKind.GiftDeclaration:
                var gift = await db.GiftDeclarations.AsNoTracking().Include(g => g.Declarant).Include(g => g.Organisation).SingleOrDefaultAsync(g => g.Id == id, ct);
                return gift is null ? null : new MatchRecord("Gifts and hospitality declaration", gift.Reference,
                [
                    ("Declarant", gift.Declarant!.NameAndRankOrGrade),
                    ("Offered on", UkFormat.Date(gift.OfferedOn)),
                    ("Organisation", gift.Organisation!.Name),
                    ("What was offered", gift.OfferType.Describe()),
                    ("Value", UkFormat.Pounds(gift.ValuePence)),
                    ("Outcome", gift.Outcome == OfferOutcome.Accepted ? "Accepted" : "Declined"),
                ], $"/Gifts/Register/View/{gift.Id}");
            case MatchRecordKind.BusinessInterest:
                var interest = await db.BusinessInterests.AsNoTracking().Include(b => b.Applicant).Include(b => b.Organisation).SingleOrDefaultAsync(b => b.Id == id, ct);
                return interest is null ? null : new MatchRecord("Business interest", interest.Reference,
                [
                    ("Applicant", interest.Applicant!.NameAndRankOrGrade),
                    ("Organisation", interest.Organisation!.Name),
                    ("Work", interest.Work),
                    ("Starts or started", UkFormat.Date(interest.StartDate)),
                ], null);
            case MatchRecordKind.CardTransaction:
                var card = await db.CardTransactions.AsNoTracking().Include(t => t.CardHolder).SingleOrDefaultAsync(t => t.Id == id, ct);
                return card is null ? null : new MatchRecord("Card transaction", card.BankReference,
                [
                    ("Card holder", card.CardHolder!.NameAndRankOrGrade),
                    ("Date", UkFormat.Date(card.TransactionOn)),
                    ("Merchant as the bank writes it", card.MerchantName),
                    ("Amount", UkFormat.Pounds(card.AmountPence)),
                    ("Merchant category", card.MerchantCategory ?? "None given"),
                    ("Description", card.Description ?? "None given"),
                ], null);
            case MatchRecordKind.Supplier:
                var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Organisation).SingleOrDefaultAsync(s => s.Id == id, ct);
                return supplier is null ? null : new MatchRecord("Supplier", supplier.SupplierReference,
                [
                    ("Organisation", supplier.Organisation!.Name),
                    ("Company number", supplier.Organisation.CompanyNumber ?? "None recorded"),
                    ("VAT number", supplier.VatNumber ?? "None recorded"),
                    ("Registered address", $"{supplier.RegisteredAddress}, {supplier.Postcode}"),
                    ("Status", supplier.Status.Describe()),
                ], null);
            case MatchRecordKind.Contract:
                var contract = await db.Contracts.AsNoTracking().Include(c => c.SupplierOrganisation).Include(c => c.AwardingDepartment)
                    .Include(c => c.Bidders).ThenInclude(b => b.Organisation).Include(c => c.People).ThenInclude(p => p.Person)
                    .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
                return contract is null ? null : new MatchRecord("Contract or tender", contract.Reference,
                [
                    ("Title", contract.Title),
                    ("Supplier", contract.SupplierOrganisation?.Name ?? "Not yet awarded"),
                    ("Value", UkFormat.Pounds(contract.ValuePence)),
                    ("Route", contract.Route.Describe()),
                    ("Tender opened", contract.TenderOpenedOn is { } opened ? UkFormat.Date(opened) : "Not recorded"),
                    ("Awarded", contract.AwardedOn is { } awarded ? UkFormat.Date(awarded) : "Not yet"),
                    ("Awarding department", contract.AwardingDepartment?.Name ?? "Not recorded"),
                    ("Bidders", contract.Bidders.Count == 0 ? "None recorded" : string.Join(", ", contract.Bidders.Select(b => b.Organisation!.Name).Order())),
                    ("Evaluation panel", Names(contract, ContractPart.PanelMember)),
                    ("Signed the award", Names(contract, ContractPart.Signatory)),
                ], null);
            case MatchRecordKind.Organisation:
                var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
                return organisation is null ? null : new MatchRecord("Organisation", organisation.Name,
                [
                    ("Name", organisation.Name),
                    ("Company number", organisation.CompanyNumber ?? "None recorded"),
                ], null);
            default:
                return null;
        }
    }

    private static string Names(Contract contract, ContractPart part)
    {
        var names = contract.People.Where(p => p.Part == part).Select(p => p.Person!.NameAndRankOrGrade).Order().ToList();
        return names.Count == 0 ? "None recorded" : string.Join("; ", names);
    }
}
