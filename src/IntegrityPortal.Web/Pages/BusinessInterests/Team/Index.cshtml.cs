using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Team;

/// <summary>Applications from the line manager's team that await their view, oldest first.</summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public PagedList<BusinessInterest> Awaiting { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var me = GiftUser.PersonId(User);
        var query = TeamListState.Ordered(TeamListState.Matching(db.BusinessInterests.AsNoTracking().Include(b => b.Applicant), me));
        Awaiting = await PagedList<BusinessInterest>.CreateAsync(query, pageNumber ?? 1, InterestPages.PageSize, ct);
        ListState = new TeamListState(Awaiting.Page);
        await audit.RecordReadAsync("BusinessInterestTeam", "(search)", null, AuditDescription.Of(("team of person", me), ("page", pageNumber)), ct);
    }

    /// <summary>This page of the queue, carried to each application opened from it (back link and "next in this list").</summary>
    public TeamListState ListState { get; private set; } = new(null);

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
