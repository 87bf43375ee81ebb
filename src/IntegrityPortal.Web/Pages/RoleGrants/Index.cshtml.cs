using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.RoleGrants;

/// <summary>
/// The head of PSD's list of roles a force administrator asked to give, which wait for their
/// approval as the second person (roles with PSD, head of PSD, DCC or PCC powers). Oldest first.
/// </summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public PagedList<RoleGrant> Awaiting { get; private set; } = null!;
    public Dictionary<string, string> RequesterNames { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var query = RoleGrantPages.Awaiting(db).AsNoTracking()
            .Include(g => g.User).ThenInclude(u => u!.Person)
            .OrderBy(g => g.RequestedUtc).ThenBy(g => g.Id);
        Awaiting = await PagedList<RoleGrant>.CreateAsync(query, pageNumber ?? 1, RoleGrantPages.PageSize, ct);
        RequesterNames = await RoleGrantPages.RequesterNamesAsync(db, Awaiting.Items, ct);
    }

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
