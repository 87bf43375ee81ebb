using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Contracts;

/// <summary>Contracts and tenders of the forces the user serves, newest award first, filtered and paged by the database.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The start of the reference.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Route { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Awarded from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Awarded to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ContractRow>? Results { get; private set; }
    public bool SeveralForces { get; private set; }
    public bool MayAdd => User.IsInRole(Roles.Procurement);

    public sealed record ContractRow(int Id, string ForceName, string Reference, string Title, string? SupplierName, long ValuePence, ProcurementRoute Route, DateOnly? AwardedOn, int Bidders);

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeveralForces = await db.VisibleForces.Take(2).CountAsync(ct) > 1;
        var route = ProcurementPages.Choice<ProcurementRoute>(Route);
        if (!string.IsNullOrWhiteSpace(Route) && route is null)
        {
            ModelState.AddModelError(nameof(Route), "Select a route");
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The last day must be the same as or after the first day");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = db.Contracts.AsNoTracking();
        if (route is { } r)
        {
            query = query.Where(c => c.Route == r);
        }

        if (!string.IsNullOrWhiteSpace(Reference))
        {
            var start = Reference.Trim();
            query = query.Where(c => c.Reference.StartsWith(start));
        }

        if (From is { } first)
        {
            query = query.Where(c => c.AwardedOn >= first);
        }

        if (To is { } last)
        {
            query = query.Where(c => c.AwardedOn <= last);
        }

        var rows = query.OrderByDescending(c => c.AwardedOn).ThenByDescending(c => c.Id)
            .Select(c => new ContractRow(c.Id, c.Force!.Name, c.Reference, c.Title, c.SupplierOrganisation!.Name, c.ValuePence, c.Route, c.AwardedOn, c.Bidders.Count));
        Results = await PagedList<ContractRow>.CreateAsync(rows, PageNumber, PageSize, ct);
    }

    public string PageHref(int page) =>
        QueryStrings.With("/Procurement/Contracts", [new("Reference", Reference), new("Route", Route),
            new("From", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("To", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("pageNumber", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
