using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>Appeals awaiting the user's decision as the force's appellate role, oldest first.</summary>
public class AppealsModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    /// <summary>Set when the user's decision could not be saved because someone else decided first.</summary>
    [TempData]
    public string? Notice { get; set; }

    public PagedList<BusinessInterest> Awaiting { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var list = DecisionListState.Appeals(null);
        var query = list.Ordered(list.Matching(db, User).AsNoTracking().Include(b => b.Applicant).Include(b => b.Force));
        Awaiting = await PagedList<BusinessInterest>.CreateAsync(query, pageNumber ?? 1, InterestPages.PageSize, ct);
        ListState = DecisionListState.Appeals(Awaiting.Page);
        await audit.RecordReadAsync("BusinessInterestAppeals", "(search)", null, AuditDescription.Of(("awaiting", "appeal decision"), ("page", pageNumber)), ct);
    }

    /// <summary>This page of the queue, carried to each appeal opened from it (back link and "next in this list").</summary>
    public DecisionListState ListState { get; private set; } = DecisionListState.Appeals(null);

    public string PageHref(int pageNumber) => Url.Page("Appeals", new { pageNumber })!;
}
