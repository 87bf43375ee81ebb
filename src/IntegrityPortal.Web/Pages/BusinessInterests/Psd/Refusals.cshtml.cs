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

/// <summary>
/// Refusals decided in a period, with their reasons and any appeal's outcome, for the integrity
/// board to check that decisions stay consistent (index: force, decision, decision date).
/// </summary>
public class RefusalsModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "First day")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Last day")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<BusinessInterest>? Results { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await PsdPages.ForcesAsync(db, ct);
        if (!Request.Query.ContainsKey(nameof(From)) && !Request.Query.ContainsKey(nameof(To)))
        {
            To = db.Clock.Today();
            From = To.Value.AddYears(-1).AddDays(1);
        }

        PsdPages.CheckPeriod(From, To, ModelState);
        if (ForceId is { } forceId && Forces.All(f => f.Value != forceId.ToString()))
        {
            ModelState.AddModelError(nameof(ForceId), "Choose a force from the list");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var query = ListState.Matching(db.BusinessInterests.AsNoTracking().Include(b => b.Applicant).Include(b => b.Force));
        Results = await PagedList<BusinessInterest>.CreateAsync(RefusalListState.Ordered(query), PageNumber, InterestPages.PageSize, ct);
        await audit.RecordReadAsync("BusinessInterestRefusals", "(search)", ForceId,
            AuditDescription.Of(("from", From), ("to", To), ("force", ForceId), ("page", PageNumber)), ct);
    }

    /// <summary>This page of the list, carried to each application opened from it (back link and "next in this list"); read once the period is checked. Built once: each row of the table asks for it.</summary>
    public RefusalListState ListState => field ??= new(From!.Value, To!.Value, ForceId, PageNumber);

    public string PageHref(int pageNumber) => Url.Page("Refusals", new { From = From?.ToString("yyyy-MM-dd"), To = To?.ToString("yyyy-MM-dd"), ForceId, pageNumber })!;
}
