using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>
/// PSD's queue of the cross-check's matches: new ones by default, highest priority first, then
/// the newest, then the highest score. Each view of the queue is recorded in the audit trail.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    /// <summary>"New" (the default), "Settled" or "All".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<MatchRow>? Results { get; private set; }
    public bool SeveralForces { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> ShowOptions = [new("New matches", "New"), new("Settled matches", "Settled"), new("All matches", "All")];

    public static readonly IReadOnlyList<SelectListItem> KindOptions =
        Enum.GetValues<MatchKind>().Select(k => new SelectListItem(k.Describe(), k.ToString())).ToList();

    public sealed record MatchRow(int Id, string ForceName, MatchKind Kind, MatchPriority Priority, int Score, string Reason, MatchStatus Status, DateTime RaisedUtc);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var forces = await db.VisibleForces.Select(f => f.Id).Take(2).ToListAsync(ct);
        SeveralForces = forces.Count > 1;
        Show = string.IsNullOrWhiteSpace(Show) ? "New" : Show.Trim();
        if (ShowOptions.All(o => o.Value != Show))
        {
            ModelState.AddModelError(nameof(Show), "Select which matches to show");
        }

        if (!MatchListState.TryKind(Kind, out var kind))
        {
            ModelState.AddModelError(nameof(Kind), "Select a kind of match");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var list = new MatchListState(Show, kind, null);
        var rows = MatchListState.Ordered(list.Matching(db.ProcurementMatches.AsNoTracking()))
            .Select(m => new MatchRow(m.Id, m.Force!.Name, m.Kind, m.Priority, m.Score, m.Reason, m.Status, m.RaisedUtc));
        Results = await PagedList<MatchRow>.CreateAsync(rows, PageNumber, PageSize, ct);
        ListState = new MatchListState(Show, kind, Results.Page);
        await audit.RecordReadAsync(nameof(ProcurementMatch), "(search)", forces.Count == 1 ? forces[0] : null,
            AuditDescription.Of(("show", Show), ("kind", kind), ("page", PageNumber)), ct);
    }

    /// <summary>This page of the list, carried to each match opened from it (back link and "next in this list").</summary>
    public MatchListState ListState { get; private set; } = new(null, null, null);

    public string PageHref(int page) =>
        QueryStrings.With("/Procurement/Matches", [new("Show", Show), new("Kind", Kind), new("pageNumber", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
