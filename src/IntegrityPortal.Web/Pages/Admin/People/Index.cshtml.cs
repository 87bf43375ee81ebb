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
    public const int MaximumSearchLength = 100;

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

    // "page" is also a route value of Razor Pages (the page's own path), so the page number is
    // read from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        // A filter that cannot be read (letters in a number, an unknown kind) is simply not
        // applied: a list is not a form to correct.
        ModelState.Clear();
        Normalise();

        var forces = await db.VisibleForces.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        ShowsSeveralForces = forces.Count > 1;
        if (!ShowsSeveralForces || forces.All(f => f.Id != ForceId))
        {
            ForceId = null;
        }

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

        People = await PagedList<PersonRow>.CreateAsync(Filtered(), pageNumber ?? 1, PagedList<PersonRow>.DefaultPageSize, ct);
    }

    /// <summary>The address of a page of the list with the current filters.</summary>
    public string PageHref(int page) =>
        QueryStrings.With(Url.Page("Index")!,
        [
            new("Search", Search),
            new("ForceId", ForceId?.ToString()),
            new("DepartmentId", DepartmentId?.ToString()),
            new("Kind", Kind?.ToString()),
            new("Status", Status),
            new("page", page == 1 ? null : page.ToString()),
        ]);

    public bool IsFiltered => Search is not null || ForceId is not null || DepartmentId is not null || Kind is not null || Status is not null;

    private void Normalise()
    {
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        if (Search is { Length: > MaximumSearchLength })
        {
            Search = Search[..MaximumSearchLength];
        }

        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            Kind = null;
        }

        Status = Status?.Trim().ToLowerInvariant() is "active" or "inactive" ? Status.Trim().ToLowerInvariant() : null;
    }

    private IQueryable<PersonRow> Filtered()
    {
        var people = db.People.AsNoTracking();
        if (Search is not null)
        {
            var pattern = Lookups.ContainsPattern(Search);
            people = people.Where(p =>
                EF.Functions.Like(p.GivenName + " " + p.FamilyName, pattern, Lookups.LikeEscape)
                || EF.Functions.Like(p.FamilyName + ", " + p.GivenName, pattern, Lookups.LikeEscape)
                || EF.Functions.Like(p.Number, pattern, Lookups.LikeEscape));
        }

        if (ForceId is { } force)
        {
            people = people.Where(p => p.ForceId == force);
        }

        if (DepartmentId is { } department)
        {
            people = people.Where(p => p.DepartmentId == department);
        }

        if (Kind is { } kind)
        {
            people = people.Where(p => p.Kind == kind);
        }

        if (Status is not null)
        {
            var active = Status == "active";
            people = people.Where(p => p.IsActive == active);
        }

        return people
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
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
    }
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
