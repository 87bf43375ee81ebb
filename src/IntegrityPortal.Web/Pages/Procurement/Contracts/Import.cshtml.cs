using FluentValidation;
using IntegrityPortal.Web.Infrastructure.Imports;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Contracts;

/// <summary>Procurement imports its contracts register from the finance system's CSV export; the contract reference is the key.</summary>
public class ImportModel(IntegrityDbContext db, IValidator<ContractInput> validator) : ProcurementImportModel<ContractInput>(db, validator)
{
    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("Reference", nameof(ContractInput.Reference), true, "The contract's reference; the key of the row"),
        new("Title", nameof(ContractInput.Title), true, "What the contract is for"),
        new("Supplier", nameof(ContractInput.SupplierOrganisationId), false, "The organisation awarded the contract (empty while the tender is open); one of the force's organisations by name, or a new one"),
        new("Value", nameof(ContractInput.Value), true, "The whole value in pounds, like 125000.00"),
        new("Route", nameof(ContractInput.Route), true, "Tender, Framework call-off, Direct award or Quotation"),
        new("Tender opened", nameof(ContractInput.TenderOpenedOn), false, "Day/month/year, like 23/11/2026"),
        new("Awarded", nameof(ContractInput.AwardedOn), false, "Day/month/year; needed when a supplier is named"),
        new("Start", nameof(ContractInput.StartsOn), false, "Day/month/year"),
        new("End", nameof(ContractInput.EndsOn), false, "Day/month/year"),
        new("Awarding department", nameof(ContractInput.AwardingDepartmentId), false, "The name of one of the force's departments"),
        new("Bidders", nameof(ContractInput.Bidders), false, "The organisations that bid, separated by semicolons"),
        new("Panel", nameof(ContractInput.PanelMembers), false, "Collar or staff numbers of the evaluation panel, separated by semicolons"),
        new("Signatory", nameof(ContractInput.Signatory), false, "Collar or staff number of the person who signed the award"),
    ];

    public override IReadOnlyList<ImportColumn> Layout => Columns;

    public override string Things => "contracts and tenders";

    protected override ContractInput ToInput(ImportRow row, List<(string Property, string Message)> problems) => new()
    {
        Reference = row["Reference"],
        Title = row["Title"],
        SupplierOrganisationName = row["Supplier"],
        Value = row["Value"],
        Route = row["Route"],
        TenderOpenedOn = row.Date("Tender opened", nameof(ContractInput.TenderOpenedOn), problems),
        AwardedOn = row.Date("Awarded", nameof(ContractInput.AwardedOn), problems),
        StartsOn = row.Date("Start", nameof(ContractInput.StartsOn), problems),
        EndsOn = row.Date("End", nameof(ContractInput.EndsOn), problems),
        Bidders = row["Bidders"],
        PanelMembers = row["Panel"],
        Signatory = row["Signatory"],
    };

    protected override string KeyOf(ContractInput input) => input.Reference!.Trim();

    protected override async Task<List<(string Property, string Message)>> CheckAsync(int forceId, ContractInput input, ImportRow row, CancellationToken ct) =>
        (await ContractSaving.ResolveAsync(Db, forceId, input, row["Awarding department"], updateExisting: true, ct)).Problems;

    protected override async Task<RowOutcome> SaveAsync(int forceId, ContractInput input, ImportRow row, CancellationToken ct)
    {
        var key = KeyOf(input);
        var before = await Db.Contracts.Where(c => c.ForceId == forceId && c.Reference == key).Select(c => (int?)c.Version).SingleOrDefaultAsync(ct);
        var (resolved, _) = await ContractSaving.ResolveAsync(Db, forceId, input, row["Awarding department"], updateExisting: true, ct);
        var saved = await ContractSaving.SaveAsync(Db, forceId, input, resolved, ct);
        return before is null ? RowOutcome.Added : saved.Version != before ? RowOutcome.Updated : RowOutcome.Unchanged;
    }
}
