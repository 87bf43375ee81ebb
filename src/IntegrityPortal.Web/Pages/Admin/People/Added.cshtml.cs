using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.People;

/// <summary>
/// The confirmation after an administrator adds a person: who they are, where they sit, and
/// what the administrator does next. The form is not on this page, so a reload or a second
/// click adds no one. It carries the list the person was added from, as the form did, so the
/// links lead back to it. It shows what the form shows (no integrity record), which the form
/// does not record as a read, so neither does this page. A person of a force the
/// administrator does not look after is "not found", by the force filter.
/// </summary>
public class AddedModel(IntegrityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "Search")]
    public string? ListSearch { get; set; }

    [BindProperty(SupportsGet = true, Name = "ForceId")]
    public int? ListForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "DepartmentId")]
    public int? ListDepartmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "Kind")]
    public PersonKind? ListKind { get; set; }

    [BindProperty(SupportsGet = true, Name = "Status")]
    public string? ListStatus { get; set; }

    [FromQuery(Name = "page")]
    public int? ListPage { get; set; }

    public PeopleAdminListState List { get; private set; } = null!;

    public Person Person { get; private set; } = null!;
    public string ForceName { get; private set; } = string.Empty;
    public string? DepartmentName { get; private set; }
    public Person? LineManager { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // The query filter hides people of other forces: for this user they do not exist.
        var person = await db.People.AsNoTracking().Include(p => p.Force).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        ForceName = person.Force!.Name;
        DepartmentName = person.DepartmentId is { } department
            ? await db.Departments.AsNoTracking().Where(d => d.Id == department).Select(d => d.Name).SingleOrDefaultAsync(ct)
            : null;
        LineManager = person.LineManagerId is { } manager
            ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == manager, ct)
            : null;

        // A list value edited by hand is not applied, as on the list and the form.
        var unreadable = new[] { "ForceId", "DepartmentId", "Kind", "page" }.Any(k => ModelState.TryGetValue(k, out var entry) && entry.Errors.Count > 0);
        var forces = await db.VisibleForces.Select(f => f.Id).ToListAsync(ct);
        List = PeopleAdminListState.Read(
            ListSearch,
            unreadable ? null : ListForceId,
            unreadable ? null : ListDepartmentId,
            unreadable ? null : ListKind,
            ListStatus,
            unreadable ? null : ListPage,
            forces);
        return Page();
    }
}
