using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Suppliers;

/// <summary>
/// The confirmation after procurement adds a supplier: its reference, its organisation and
/// what the cross-check found about it. The form is not on this page, so a reload or a second
/// click adds nothing. Only procurement opens it, as only procurement adds (PageAuthorization);
/// a supplier of a force the user does not serve is "not found", by the force filter.
/// </summary>
public class AddedModel(IntegrityDbContext db) : PageModel
{
    public int Id { get; private set; }
    public string Reference { get; private set; } = string.Empty;
    public string OrganisationName { get; private set; } = string.Empty;
    public SupplierStatus Status { get; private set; }
    public int Matches { get; private set; }

    /// <summary>What "What happens next" says of the cross-check (_CrossCheckNext).</summary>
    public (int Matches, string Record) CrossCheck => (Matches, $"supplier {Reference} or its organisation");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // As on the form: procurement adds only to its own force.
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        var supplier = await db.Suppliers.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.SupplierReference, s.OrganisationId, Organisation = s.Organisation!.Name, s.Status }).SingleOrDefaultAsync(ct);
        if (supplier is null)
        {
            return NotFound();
        }

        (Id, Reference, OrganisationName, Status) = (id, supplier.SupplierReference, supplier.Organisation, supplier.Status);
        Matches = await ProcurementPages.MatchesNamingAsync(db, MatchRecordKind.Supplier, id, [supplier.OrganisationId], ct);
        return Page();
    }
}
