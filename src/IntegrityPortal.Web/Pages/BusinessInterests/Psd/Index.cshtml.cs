using IntegrityPortal.Core.Auditing;
using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>
/// PSD's list of applications in the forces it serves, by stage (awaiting assessment first),
/// oldest submission first. Each filter maps onto the (force, status, submitted) index.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Stage")]
    public InterestStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<BusinessInterest>? Results { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];

    public static readonly IReadOnlyList<SelectListItem> Stages =
        Enum.GetValues<InterestStatus>().Where(s => s != InterestStatus.Draft).Select(s => new SelectListItem(s.Describe(), s.ToString())).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await PsdPages.ForcesAsync(db, ct);
        if (ForceId is { } forceId && Forces.All(f => f.Value != forceId.ToString()))
        {
            ModelState.AddModelError(nameof(ForceId), "Choose a force from the list");
        }

        if (Status == InterestStatus.Draft)
        {
            ModelState.AddModelError(nameof(Status), "Choose a stage from the list");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var status = ListState.Stage;
        var query = ListState.Matching(db.BusinessInterests.AsNoTracking().Include(b => b.Applicant).Include(b => b.Force));
        Results = await PagedList<BusinessInterest>.CreateAsync(InterestListState.Ordered(query), PageNumber, InterestPages.PageSize, ct);
        await audit.RecordReadAsync("BusinessInterestList", "(search)", ForceId, AuditDescription.Of(("stage", status), ("force", ForceId), ("page", PageNumber)), ct);
    }

    /// <summary>This page of the list, carried to each application opened from it (back link and "next in this list"). Built once: each row of the table asks for it.</summary>
    public InterestListState ListState => field ??= new(Status, ForceId, PageNumber);

    public string PageHref(int pageNumber) => Url.Page("Index", new { Status, ForceId, pageNumber })!;
}
