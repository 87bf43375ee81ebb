using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

public sealed record InvestigationRow(int Id, string ForceName, int ReferenceYear, int ReferenceNumber, InvestigationCategory Category,
    InvestigationOrigin Origin, string Summary, DateOnly OpenedOn, DateOnly? ClosedOn, InvestigationStatus Status, InvestigationOutcome? Outcome)
{
    public string Reference => Investigation.FormatReference(ReferenceYear, ReferenceNumber);
}

public class InvestigationFilter
{
    [Display(Name = "Force")]
    public int? ForceId { get; set; }
    [Display(Name = "Category")]
    public InvestigationCategory? Category { get; set; }
    [Display(Name = "How it arose")]
    public InvestigationOrigin? Origin { get; set; }
    [Display(Name = "Status")]
    public InvestigationStatus? Status { get; set; }
    [Display(Name = "Opened from date")]
    public DateOnly? OpenedFrom { get; set; }
    [Display(Name = "Opened to date")]
    public DateOnly? OpenedTo { get; set; }

    /// <summary>The cases that match (the force already checked as one the user serves); the list orders them newest first.</summary>
    public IQueryable<Investigation> Where(IQueryable<Investigation> query)
    {
        if (ForceId is { } f) query = query.Where(i => i.ForceId == f);
        if (Category is { } category) query = query.Where(i => i.Category == category);
        if (Origin is { } origin) query = query.Where(i => i.Origin == origin);
        if (Status is { } status) query = query.Where(i => i.Status == status);
        if (OpenedFrom is { } openedFrom) query = query.Where(i => i.OpenedOn >= openedFrom);
        if (OpenedTo is { } openedTo) query = query.Where(i => i.OpenedOn <= openedTo);
        return query;
    }

    /// <summary>
    /// The id of the case after <paramref name="current"/> in the list's order (opened, newest
    /// first), or null at the end: one keyset query. The current case need not still match.
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<Investigation> cases, Investigation current, CancellationToken ct)
    {
        var opened = current.OpenedOn;
        var id = current.Id;
        return Where(cases).Where(i => i.OpenedOn < opened || (i.OpenedOn == opened && i.Id < id))
            .OrderByDescending(i => i.OpenedOn).ThenByDescending(i => i.Id)
            .Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
    }

    public IEnumerable<KeyValuePair<string, string?>> ToQuery() =>
    [
        new("Filter.ForceId", ForceId?.ToString()), new("Filter.Category", Category?.ToString()), new("Filter.Origin", Origin?.ToString()),
        new("Filter.Status", Status?.ToString()), new("Filter.OpenedFrom", OpenedFrom?.ToString("yyyy-MM-dd")), new("Filter.OpenedTo", OpenedTo?.ToString("yyyy-MM-dd")),
    ];
}

/// <summary>
/// The cases of the forces PSD serves, newest first, filtered by the database (each filter has
/// an index led by the force). The list names no people, but each view is still recorded.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public InvestigationFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<InvestigationRow>? Results { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        var forceId = InvestigationChoices.Force(Filter.ForceId, Forces, ModelState, "Filter.ForceId", required: false);
        ModelState.ReplaceErrors("Filter.Category", "Choose a category from the list");
        ModelState.ReplaceErrors("Filter.Origin", "Select how the case arose");
        ModelState.ReplaceErrors("Filter.Status", "Select a status");
        if (Filter is { OpenedFrom: { } from, OpenedTo: { } to } && to < from)
        {
            ModelState.AddModelError("Filter.OpenedTo", "The 'to' date must be the same as or after the 'from' date");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = Filter.Where(db.Investigations.AsNoTracking());

        var rows = query
            .OrderByDescending(i => i.OpenedOn).ThenByDescending(i => i.Id)
            .Select(i => new InvestigationRow(i.Id, i.Force!.Name, i.ReferenceYear, i.ReferenceNumber, i.Category, i.Origin, i.Summary,
                i.OpenedOn, i.ClosedOn, i.Status, i.Outcome));
        Results = await PagedList<InvestigationRow>.CreateAsync(rows, PageNumber, PageSize, ct);
        await audit.RecordReadAsync("InvestigationList", "(search)", forceId, Describe(), ct);
    }

    private string Describe() => string.Join(", ", Filter.ToQuery().Where(q => q.Value is not null).Select(q => $"{q.Key[7..]} {q.Value}")) is { Length: > 0 } d ? d : "all cases";

    /// <summary>This page of the list, carried to each case opened from it (back link and "next in this list"). Built once: each row of the table asks for it.</summary>
    public InvestigationListState ListState => field ??= new(Filter, PageNumber);

    public string PageHref(int page) =>
        QueryStrings.With("/Investigations", Filter.ToQuery().Append(new("pageNumber", page == 1 ? null : page.ToString())));
}
