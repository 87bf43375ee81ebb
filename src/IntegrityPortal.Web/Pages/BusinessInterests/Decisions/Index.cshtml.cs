using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>Applications awaiting the user's decision, oldest first.</summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    /// <summary>Set when the user's decision could not be saved because someone else decided first.</summary>
    [TempData]
    public string? Notice { get; set; }

    public PagedList<BusinessInterest> Awaiting { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var query = DecisionPages.AwaitingDecision(db, User).AsNoTracking().Include(b => b.Applicant).Include(b => b.Force)
            .OrderBy(b => b.SubmittedOn).ThenBy(b => b.Id);
        Awaiting = await PagedList<BusinessInterest>.CreateAsync(query, pageNumber ?? 1, InterestPages.PageSize, ct);
        await audit.RecordReadAsync("BusinessInterestDecisions", "(search)", null, AuditDescription.Of(("awaiting", "decision"), ("page", pageNumber)), ct);
    }

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
