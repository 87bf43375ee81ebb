using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// The PSD register of gifts and hospitality in the forces the user serves (an alliance PSD
/// sees each force of the alliance). Filtered and sorted by the database, one page at a time;
/// every view is recorded as a consultation in the audit trail.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public GiftRegisterFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<GiftRegisterRow>? Results { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var forces = await db.VisibleForces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        Forces = forces.Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();
        // In an alliance both forces have departments of the same name: the force tells them apart.
        var severalForces = forces.Count > 1;
        Departments = (await db.Departments.AsNoTracking().OrderBy(d => d.Name).ThenBy(d => d.Force!.Name)
                .Select(d => new { d.Id, d.Name, Force = d.Force!.Name }).ToListAsync(ct))
            .Select(d => new SelectListItem(severalForces ? $"{d.Name} ({d.Force})" : d.Name, d.Id.ToString())).ToList();
        await RegisterPage.CheckAsync(db, Filter, Sort, ModelState, ct);
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = GiftRegisterFilter.Project(Filter.Apply(db.GiftDeclarations, Sort));
        // The page's keys are chosen first, from the declarations' indexes alone (for an alliance,
        // from each force's first keys: PerForcePage); only the page's rows are then joined to
        // their declarant, department and force (page 40 would otherwise join 2,000 rows to show 50).
        IQueryable<GiftRegisterRow> PageOf(int skip, int take)
        {
            var ids = PerForcePage.Ids(db.GiftDeclarations, db.Actor.Scope, Filter.ForceId, q => Filter.Keys(q, Sort),
                keys => GiftRegisterFilter.OrderedKeys(keys, Sort), d => d.ForceId, skip, take);
            return GiftRegisterFilter.Project(GiftRegisterFilter.Ordered(db.GiftDeclarations.Where(d => ids.Contains(d.Id)), Sort));
        }

        Results = await PagedList<GiftRegisterRow>.CreateAsync(query, PageOf, PageNumber, PageSize, ct);
        await audit.RecordReadAsync("GiftRegister", "(search)", RegisterPage.SingleForce(Filter, forces.Select(f => f.Id).ToList()),
            Filter.Describe(Sort), ct);
    }

    /// <summary>This page of the list, carried to each declaration opened from it (back link and "next in this list"). Built once: each row of the table asks for it.</summary>
    public RegisterListState ListState => field ??= new(Filter, Sort, PageNumber);

    private IEnumerable<KeyValuePair<string, string?>> Query(string? sort) =>
        Filter.ToQuery(nameof(Filter)).Append(new("Sort", sort));

    public string PageHref(int page) =>
        QueryStrings.With("/Gifts/Register", Query(Sort).Append(new("pageNumber", page == 1 ? null : page.ToString())));

    /// <summary>A column heading's link: sorts by the column, the other way if it is already sorted by it.</summary>
    public string SortHref(string column)
    {
        var current = Sort ?? GiftRegisterFilter.DefaultSort;
        var next = current == $"{column}-asc" ? $"{column}-desc" : current == $"{column}-desc" ? $"{column}-asc" : column is "date" or "value" ? $"{column}-desc" : $"{column}-asc";
        return QueryStrings.With("/Gifts/Register", Query(next));
    }

    public string? AriaSort(string column)
    {
        var current = Sort ?? GiftRegisterFilter.DefaultSort;
        return current == $"{column}-asc" ? "ascending" : current == $"{column}-desc" ? "descending" : null;
    }

    public string ExportHref(string handler) =>
        QueryStrings.With("/Gifts/Register/Export", Query(Sort).Prepend(new("handler", handler)));
}
