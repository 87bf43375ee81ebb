using FluentValidation;
using IntegrityPortal.Web.Infrastructure.Imports;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Suppliers;

/// <summary>Procurement imports its supplier list from the finance system's CSV export; the supplier reference is the key.</summary>
public class ImportModel(IntegrityDbContext db, IValidator<SupplierInput> validator) : ProcurementImportModel<SupplierInput>(db, validator)
{
    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("Supplier reference", nameof(SupplierInput.SupplierReference), true, "The force's reference for the supplier in its finance system; the key of the row"),
        new("Name", nameof(SupplierInput.NewOrganisationName), true, "The organisation's name; an organisation of the force with this name (in any case) is used, otherwise one is added"),
        new("Company number", nameof(SupplierInput.CompanyNumber), false, "8 digits, or 2 letters and 6 digits, like 01234567 or SC123456"),
        new("Registered address", nameof(SupplierInput.RegisteredAddress), true, "The registered address, in one cell (in double quotes if it holds commas)"),
        new("Postcode", nameof(SupplierInput.Postcode), true, "A UK postcode, like SW1A 1AA"),
        new("VAT number", nameof(SupplierInput.VatNumber), false, "GB and 9 or 12 digits, like GB123456789"),
        new("Status", nameof(SupplierInput.Status), false, "Active or Inactive; Active when empty"),
    ];

    public override IReadOnlyList<ImportColumn> Layout => Columns;

    public override string Things => "suppliers";

    protected override SupplierInput ToInput(ImportRow row, List<(string Property, string Message)> problems)
    {
        var input = new SupplierInput
        {
            SupplierReference = row["Supplier reference"],
            NewOrganisationName = row["Name"],
            CompanyNumber = row["Company number"],
            RegisteredAddress = row["Registered address"],
            Postcode = row["Postcode"],
            VatNumber = row["VAT number"],
            Status = row["Status"] ?? "Active",
        };
        if (input.NewOrganisationName is null)
        {
            problems.Add((nameof(SupplierInput.NewOrganisationName), "Enter the supplier's name"));
            input.NewOrganisationName = "(none)";
        }

        return input;
    }

    protected override string KeyOf(SupplierInput input) => input.SupplierReference!.Trim();

    protected override async Task<List<(string Property, string Message)>> CheckAsync(int forceId, SupplierInput input, ImportRow row, CancellationToken ct)
    {
        var organisationId = await OrganisationDirectory.FindAsync(Db, forceId, input.NewOrganisationName!, ct);
        return await SupplierSaving.CheckAsync(Db, forceId, input, organisationId, updateExisting: true, ct) is { } problem ? [problem] : [];
    }

    protected override async Task<RowOutcome> SaveAsync(int forceId, SupplierInput input, ImportRow row, CancellationToken ct)
    {
        var key = KeyOf(input);
        var before = await Db.Suppliers.Where(s => s.ForceId == forceId && s.SupplierReference == key).Select(s => (int?)s.Version).SingleOrDefaultAsync(ct);
        var organisationId = await OrganisationDirectory.FindAsync(Db, forceId, input.NewOrganisationName!, ct);
        var saved = await SupplierSaving.SaveAsync(Db, forceId, input, organisationId, ct);
        return before is null ? RowOutcome.Added : saved.Version != before ? RowOutcome.Updated : RowOutcome.Unchanged;
    }
}
