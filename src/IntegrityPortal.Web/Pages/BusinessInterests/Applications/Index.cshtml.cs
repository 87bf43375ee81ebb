using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Applications;

/// <summary>"My applications": the signed-in person's business interests and applications, newest first.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public PagedList<BusinessInterest> Interests { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var me = GiftUser.PersonId(User);
        var query = db.BusinessInterests.AsNoTracking()
            .Where(b => b.ApplicantId == me)
            .OrderByDescending(b => b.CreatedOn).ThenByDescending(b => b.Id);
        Interests = await PagedList<BusinessInterest>.CreateAsync(query, pageNumber ?? 1, InterestPages.PageSize, ct);
    }

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
