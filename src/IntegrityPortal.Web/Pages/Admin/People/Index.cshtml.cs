using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.People;

/// <summary>
/// The people of the forces the administrator looks after, a page at a time, with filters
/// that the database evaluates (the query filter already limits the rows to the user's scope).
/// </summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DepartmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public PersonKind? Kind { get; set; }

    /// <summary>"active", "inactive" or empty for everyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public PagedList<PersonRow> People { get; private set; } = null!;
    public bool ShowsSeveralForces { get; private set; }
    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> DepartmentOptions { get; private set; } = [];

    public static readonly IReadOnlyList<SelectListItem> KindOptions =
    [
        new("Police officers", nameof(PersonKind.Officer)),
        new("Police staff", nameof(PersonKind.Staff)),
    ];

    public static readonly IReadOnlyList<SelectListItem> StatusOptions =
    [
        new("Active", "active"),
        new("Inactive", "inactive"),
    ];

    /// <summary>The list's filters and page, carried to each person's page and back (<see cref="PeopleAdminListState"/>).</summary>
    public PeopleAdminListState List { get; private set; } = null!;

    // "page" is also a route value of Razor Pages (the page's own path), so the page number is
    // read from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        // A filter that cannot be read (letters in a number, an unknown kind) is simply not
        // applied: a list is not a form to correct.
        ModelState.Clear();
        var forces = await db.VisibleForces.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        ShowsSeveralForces = forces.Count > 1;
        var list = PeopleAdminListState.Read(Search, ForceId, DepartmentId, Kind, Status, null, [.. forces.Select(f => f.Id)]);
        (Search, ForceId, DepartmentId, Kind, Status) = (list.Search, list.ForceId, list.DepartmentId, list.Kind, list.Status);

        ForceOptions = forces.Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();
        var departments = db.Departments.AsNoTracking();
        if (ForceId is { } force)
        {
            departments = departments.Where(d => d.ForceId == force);
        }

        DepartmentOptions = (await departments
                .OrderBy(d => d.Force!.Name).ThenBy(d => d.Name)
                .Select(d => new { d.Id, d.Name, d.IsActive, Force = d.Force!.Name })
                .ToListAsync(ct))
            .Select(d => new SelectListItem(
                d.Name + (ShowsSeveralForces && ForceId is null ? $" ({d.Force})" : "") + (d.IsActive ? "" : " (closed)"),
                d.Id.ToString()))
            .ToList();

        var rows = PeopleAdminListState.Ordered(list.Matching(db.People.AsNoTracking()))
            .Select(p => new PersonRow(
                p.Id,
                p.GivenName + " " + p.FamilyName,
                p.Number,
                p.Kind,
                p.Rank,
                p.Grade,
                p.Department == null ? null : p.Department.Name,
                p.LineManager == null ? null : p.LineManager.GivenName + " " + p.LineManager.FamilyName,
                p.Force!.Name,
                p.IsActive));
        People = await PagedList<PersonRow>.CreateAsync(rows, pageNumber ?? 1, PagedList<PersonRow>.DefaultPageSize, ct);
        List = PeopleAdminListState.Read(Search, ForceId, DepartmentId, Kind, Status, People.Page, [.. forces.Select(f => f.Id)]);
    }

    /// <summary>The address of a page of the list with the current filters.</summary>
    public string PageHref(int page) =>
        QueryStrings.With(Url.Page("Index")!, [.. List.Query.Where(v => v.Key != "page"), new("page", page == 1 ? null : page.ToString())]);

    public bool IsFiltered => List.IsFiltered;
}

public sealed record PersonRow(
    int Id,
    string Name,
    string Number,
    PersonKind Kind,
    PoliceRank? Rank,
    string? Grade,
    string? Department,
    string? LineManager,
    string Force,
    bool IsActive)
{
    public string RankOrGrade => Kind == PersonKind.Officer ? Rank?.DisplayName() ?? "Officer" : Grade ?? "Staff";
}
