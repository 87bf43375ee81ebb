using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Suppliers;

/// <summary>The suppliers of the forces the user serves, filtered and paged by the database.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The start of the organisation's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<SupplierRow>? Results { get; private set; }
    public bool SeveralForces { get; private set; }
    public bool MayAdd => User.IsInRole(Roles.Procurement);

    public sealed record SupplierRow(int Id, string ForceName, string Reference, string OrganisationName, string? CompanyNumber, string Postcode, string? VatNumber, SupplierStatus Status);

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeveralForces = await db.VisibleForces.Take(2).CountAsync(ct) > 1;
        var status = ProcurementPages.Choice<SupplierStatus>(Status);
        if (!string.IsNullOrWhiteSpace(Status) && status is null)
        {
            ModelState.AddModelError(nameof(Status), "Select a status");
            return;
        }

        var query = db.Suppliers.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(x => x.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(Name))
        {
            var start = Name.Trim();
            query = query.Where(x => x.Organisation!.Name.StartsWith(start));
        }

        var rows = query.OrderBy(x => x.Organisation!.Name).ThenBy(x => x.Id)
            .Select(x => new SupplierRow(x.Id, x.Force!.Name, x.SupplierReference, x.Organisation!.Name, x.Organisation.CompanyNumber, x.Postcode, x.VatNumber, x.Status));
        Results = await PagedList<SupplierRow>.CreateAsync(rows, PageNumber, PageSize, ct);
    }

    public string PageHref(int page) =>
        QueryStrings.With("/Procurement/Suppliers", [new("Name", Name), new("Status", Status), new("pageNumber", page == 1 ? null : page.ToString())]);
}
