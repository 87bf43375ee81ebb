using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.People;

public sealed record PersonSearchRow(int Id, string ForceName, string Number, string GivenName, string FamilyName, PersonKind Kind,
    PoliceRank? Rank, string? Grade, string? DepartmentName, bool IsActive)
{
    public string NameAndRankOrGrade => new Person { Number = Number, GivenName = GivenName, FamilyName = FamilyName, Kind = Kind, Rank = Rank, Grade = Grade }.NameAndRankOrGrade;
}

/// <summary>
/// PSD finds a person by the start of their name or their collar or staff number, among the
/// people of the forces it serves (the force filter), to open everything held on them. The
/// names are matched through the (force, family name, given name) and (force, number) indexes,
/// one page at a time. Each search is recorded, as the registers' searches are.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 25;
    public const string SearchNeeded = "Enter the start of a name, or a collar or staff number";

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<PersonSearchRow>? Results { get; private set; }
    public bool SeveralForces { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeveralForces = await db.VisibleForces.Take(2).CountAsync(ct) > 1;
        if (!Request.Query.ContainsKey(nameof(Name)))
        {
            return;
        }

        var typed = Name?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            ModelState.AddModelError(nameof(Name), SearchNeeded);
        }
        else if (typed.Length > PeopleListState.MaxLength)
        {
            ModelState.AddModelError(nameof(Name), "The name or number must be 100 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var query = PeopleListState.Ordered(PeopleListState.Matching(db.People.AsNoTracking(), typed!))
            .Select(p => new PersonSearchRow(p.Id, p.Force!.Name, p.Number, p.GivenName, p.FamilyName, p.Kind, p.Rank, p.Grade,
                p.Department == null ? null : p.Department.Name, p.IsActive));
        Results = await PagedList<PersonSearchRow>.CreateAsync(query, PageNumber, PageSize, ct);
        ListState = new PeopleListState(typed, Results.Page);
        await audit.RecordReadAsync("PersonSearch", "(search)", null, $"name or number starts with '{typed}'", ct);
    }

    /// <summary>This page of the results, carried to each person opened from it (back link and "next in this list").</summary>
    public PeopleListState ListState { get; private set; } = new(null, null);

    public string PageHref(int page) =>
        QueryStrings.With("/People", [new(nameof(Name), Name?.Trim()), new("pageNumber", page == 1 ? null : page.ToString())]);
}
