using IntegrityPortal.Core.Auditing;
using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>Approved interests whose review is overdue or due within 30 days, most overdue first (index: force, status, review date).</summary>
public class ReviewsModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Overdue only")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<BusinessInterest>? Results { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await PsdPages.ForcesAsync(db, ct);
        if (ForceId is { } forceId && Forces.All(f => f.Value != forceId.ToString()))
        {
            ModelState.AddModelError(nameof(ForceId), "Choose a force from the list");
            return;
        }

        Today = db.Clock.Today();
        var query = ListState.Matching(db.BusinessInterests.AsNoTracking().Include(b => b.Applicant).Include(b => b.Force), Today);
        Results = await PagedList<BusinessInterest>.CreateAsync(ReviewListState.Ordered(query), PageNumber, InterestPages.PageSize, ct);
        await audit.RecordReadAsync("BusinessInterestReviews", "(search)", ForceId,
            AuditDescription.Of(("overdue only", OverdueOnly ? "yes" : "no"), ("force", ForceId), ("page", PageNumber)), ct);
    }

    /// <summary>This page of the list, carried to each interest opened from it (back link and "next in this list"). Built once: each row of the table asks for it.</summary>
    public ReviewListState ListState => field ??= new(OverdueOnly, ForceId, PageNumber);

    public string PageHref(int pageNumber) => Url.Page("Reviews", new { OverdueOnly, ForceId, pageNumber })!;
}
