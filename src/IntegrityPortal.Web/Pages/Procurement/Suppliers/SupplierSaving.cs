using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Suppliers;

/// <summary>
/// How a valid supplier is written, for the form and the import alike: the organisation found
/// or added, its company number kept on the organisation, the supplier added, or (import only)
/// the supplier of that reference brought up to date. Writing the same values again changes
/// nothing, so re-importing a file adds no row and no audit event.
/// </summary>
public static class SupplierSaving
{
    /// <summary>The problem with the row against what the force already holds (field, message), or null.</summary>
    public static async Task<(string Field, string Message)?> CheckAsync(IntegrityDbContext db, int forceId, SupplierInput input, int? organisationId, bool updateExisting, CancellationToken ct)
    {
        var reference = input.SupplierReference!.Trim();
        var byReference = await db.Suppliers.AsNoTracking().Where(s => s.ForceId == forceId && s.SupplierReference == reference)
            .Select(s => new { s.OrganisationId }).SingleOrDefaultAsync(ct);
        if (byReference is not null && !updateExisting)
        {
            return (nameof(SupplierInput.SupplierReference), "A supplier with this reference is already recorded: enter another reference");
        }

        if (organisationId is { } id && await db.Suppliers.AnyAsync(s => s.ForceId == forceId && s.OrganisationId == id && s.SupplierReference != reference, ct))
        {
            return (nameof(SupplierInput.OrganisationId), "This organisation is already a supplier under another reference");
        }

        return null;
    }

    public static async Task<Supplier> SaveAsync(IntegrityDbContext db, int forceId, SupplierInput input, int? organisationId, CancellationToken ct)
    {
        var id = organisationId ?? await OrganisationDirectory.FindOrAddAsync(db, forceId, input.NewOrganisationName!, null, ct);
        var companyNumber = ProcurementRules.NormaliseCompanyNumber(input.CompanyNumber);
        if (companyNumber is not null)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == id, ct);
            organisation.CompanyNumber = companyNumber;
        }

        var reference = input.SupplierReference!.Trim();
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.ForceId == forceId && s.SupplierReference == reference, ct);
        if (supplier is null)
        {
            supplier = new Supplier
            {
                ForceId = forceId,
                SupplierReference = reference,
                RegisteredAddress = string.Empty,
                Postcode = string.Empty,
            };
            db.Suppliers.Add(supplier);
        }

        supplier.OrganisationId = id;
        supplier.RegisteredAddress = input.RegisteredAddress!.Trim();
        supplier.Postcode = ProcurementRules.NormalisePostcode(input.Postcode)!;
        supplier.VatNumber = ProcurementRules.NormaliseVatNumber(input.VatNumber);
        supplier.Status = input.StatusValue!.Value;
        await db.SaveChangesAsync(ct);
        return supplier;
    }
}
