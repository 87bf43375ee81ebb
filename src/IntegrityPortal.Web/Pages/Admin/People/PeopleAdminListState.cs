using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.People;

/// <summary>
/// Where in the administrator's list of people a person was opened from: the search, force,
/// department, kind, status and page (see <see cref="ListState"/>). The person's page builds
/// "Back to people" and "Next in this list" from it, and returns to the same list after a save.
/// A value that cannot be read is not applied, as on the list itself.
/// </summary>
public sealed class PeopleAdminListState : ListState
{
    public const int MaximumSearchLength = 100;

    private PeopleAdminListState(string? search, int? forceId, int? departmentId, PersonKind? kind, string? status, int? page)
        : base("/Admin/People", "/Admin/People/Edit",
        [
            new("Search", search),
            new("ForceId", forceId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("DepartmentId", departmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Kind", kind?.ToString()),
            new("Status", status),
            // This list's page number is "page" (its links have always used it).
            new("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        ])
    {
        (Search, ForceId, DepartmentId, Kind, Status) = (search, forceId, departmentId, kind, status);
    }

    public string? Search { get; }
    public int? ForceId { get; }
    public int? DepartmentId { get; }
    public PersonKind? Kind { get; }

    /// <summary>"active", "inactive" or null for everyone.</summary>
    public string? Status { get; }

    public bool IsFiltered => Search is not null || ForceId is not null || DepartmentId is not null || Kind is not null || Status is not null;

    /// <summary>
    /// The state as the list reads it from its address: search trimmed and cut to its longest,
    /// an unknown kind or status left out, a force the user does not administer left out.
    /// </summary>
    public static PeopleAdminListState Read(string? search, int? forceId, int? departmentId, PersonKind? kind, string? status, int? page, IReadOnlyCollection<int> visibleForces)
    {
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (search is { Length: > MaximumSearchLength })
        {
            search = search[..MaximumSearchLength];
        }

        status = status?.Trim().ToLowerInvariant() is "active" or "inactive" ? status.Trim().ToLowerInvariant() : null;
        return new PeopleAdminListState(
            search,
            visibleForces.Count > 1 && forceId is { } f && visibleForces.Contains(f) ? f : null,
            departmentId,
            kind is { } k && Enum.IsDefined(k) ? k : null,
            status,
            page);
    }

    /// <summary>The people of the list, in no order (the query filter limits them to the user's forces).</summary>
    public IQueryable<Person> Matching(IQueryable<Person> people)
    {
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

        return people;
    }

    /// <summary>The list's order: family name, given name, then id.</summary>
    public static IOrderedQueryable<Person> Ordered(IQueryable<Person> people) =>
        people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id);

    /// <summary>The id of the person after <paramref name="current"/> in the list, or null at the end: one keyset query on the list's order.</summary>
    public Task<int?> NextAfterAsync(IQueryable<Person> people, Person current, CancellationToken ct)
    {
        var (family, given, id) = (current.FamilyName, current.GivenName, current.Id);
        var after = Matching(people).Where(p => string.Compare(p.FamilyName, family) > 0
            || (p.FamilyName == family && (string.Compare(p.GivenName, given) > 0 || (p.GivenName == given && p.Id > id))));
        return Ordered(after).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }
}
