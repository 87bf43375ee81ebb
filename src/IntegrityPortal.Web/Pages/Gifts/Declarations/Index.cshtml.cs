using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>"My declarations": the signed-in person's own declarations, newest first.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public PagedList<GiftDeclaration> Declarations { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var me = GiftUser.PersonId(User);
        var query = db.GiftDeclarations.AsNoTracking()
            .Include(d => d.Organisation)
            .Where(d => d.DeclarantId == me)
            .OrderByDescending(d => d.DeclaredOn).ThenByDescending(d => d.Id);
        Declarations = await PagedList<GiftDeclaration>.CreateAsync(query, pageNumber ?? 1, ct: ct);
    }

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
