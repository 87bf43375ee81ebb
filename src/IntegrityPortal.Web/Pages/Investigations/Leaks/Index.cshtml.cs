using IntegrityPortal.Core.Auditing;
using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations.Leaks;

public sealed record LeakRow(int Id, string ForceName, DateTime FlaggedUtc, string FlaggedBy, string OutletName, string? JournalistName,
    int? MediaContactId, DateTime? ContactedUtc, string? ArticleTitle, DateOnly? ArticlePublishedOn, string Reason, SuspectedLeakStatus Status,
    int? InvestigationId, string? PsdNote)
{
    public string Reference => $"SL-{Id:D6}";

    /// <summary>The day the listing of contacts looks around: the contact's or the article's date, else the flag's.</summary>
    public DateOnly Around => ArticlePublishedOn ?? DateOnly.FromDateTime(ContactedUtc ?? FlaggedUtc);
}

/// <summary>
/// PSD's queue of the press office's flags of suspected leaks, oldest first: open a case from
/// one, record that no case is opened, or list who logged contact with the journalist or outlet.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>A status's name, or "All" (or empty) for every flag; the flags awaiting PSD when absent.</summary>
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Status")]
    public string? Status { get; set; } = nameof(SuspectedLeakStatus.AwaitingPsd);

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<LeakRow>? Results { get; private set; }
    public bool SeveralForces { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> Statuses =
    [
        new("All flags", LeakListState.AllValue),
        .. Enum.GetValues<SuspectedLeakStatus>().Select(s => new SelectListItem(s.Describe(), s.ToString())),
    ];

    public LeakListState List { get; private set; } = new(SuspectedLeakStatus.AwaitingPsd, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeveralForces = await db.VisibleForces.CountAsync(ct) > 1;
        if (!LeakListState.TryStatus(Status, out var chosen))
        {
            ModelState.AddModelError(nameof(Status), "Select which flags to show");
            return;
        }

        Status = chosen?.ToString() ?? LeakListState.AllValue;
        var query = db.SuspectedLeaks.AsNoTracking();
        if (chosen is { } status)
        {
            query = query.Where(l => l.Status == status);
        }

        var rows = query.OrderBy(l => l.FlaggedUtc).ThenBy(l => l.Id)
            .Select(l => new LeakRow(l.Id, l.Force!.Name, l.FlaggedUtc, l.FlaggedBy, l.OutletName, l.JournalistName, l.MediaContactId,
                l.MediaContact == null ? null : l.MediaContact.ContactedUtc, l.ArticleTitle, l.ArticlePublishedOn, l.Reason, l.Status, l.InvestigationId, l.PsdNote));
        Results = await PagedList<LeakRow>.CreateAsync(rows, PageNumber, PageSize, ct);
        List = new LeakListState(chosen, Results.Page);
        await audit.RecordReadAsync("SuspectedLeakList", "(search)", null, AuditDescription.Of(("status", chosen), ("page", PageNumber)), ct);
    }

    /// <summary>The listing of who logged contact with the flag's journalist and outlet in the month around it.</summary>
    public static string ContactsHref(LeakRow row) =>
        QueryStrings.With("/Investigations/Contacts",
        [
            new("Journalist", row.JournalistName), new("Outlet", row.OutletName),
            new("From", row.Around.AddDays(-30).ToString("yyyy-MM-dd")), new("To", row.Around.ToString("yyyy-MM-dd")),
        ]);

    public string PageHref(int page) => new LeakListState(List.Status, page).ListHref;
}
