using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.People;

/// <summary>
/// Where in PSD's search for a person a person was opened from: the name or number searched and
/// the page (see <see cref="ListState"/>). The person page builds "Back to the search results" and
/// "Next in this list" from it. A person opened from anywhere else has no state, and goes back
/// to an empty search.
/// </summary>
public sealed class PeopleListState(string? name, int? page)
    : ListState("/People", "/People/View", [new("Name", name), PageValue(page)])
{
    public const int MaxLength = 100;

    public string? Name { get; } = name;

    /// <summary>The people the search finds, in no order: the start of a number or a name (force filter as ever).</summary>
    public static IQueryable<Person> Matching(IQueryable<Person> people, string typed) =>
        people.Where(p => p.Number.StartsWith(typed) || p.FamilyName.StartsWith(typed) || p.GivenName.StartsWith(typed)
                          || (p.GivenName + " " + p.FamilyName).StartsWith(typed));

    /// <summary>The list's order: family name, given name, id.</summary>
    public static IOrderedQueryable<Person> Ordered(IQueryable<Person> query) =>
        query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id);

    /// <summary>
    /// The id of the person after <paramref name="current"/> in the search results, or null at the
    /// end (or with no search): one keyset query on (family name, given name, id).
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<Person> people, Person current, CancellationToken ct)
    {
        if (Name is null)
        {
            return Task.FromResult<int?>(null);
        }

        var (family, given, id) = (current.FamilyName, current.GivenName, current.Id);
        var after = Matching(people, Name).Where(p => string.Compare(p.FamilyName, family) > 0
            || (p.FamilyName == family && (string.Compare(p.GivenName, given) > 0 || (p.GivenName == given && p.Id > id))));
        return Ordered(after).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The search bound from the request, checked as the search checks it; one that fails is dropped.</summary>
    public static PeopleListState Checked(string? name, int? page, ModelStateDictionary modelState)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k == "Name");
        var typed = name?.Trim();
        return bindingFailed || string.IsNullOrEmpty(typed) || typed.Length > MaxLength ? new PeopleListState(null, null) : new PeopleListState(typed, page);
    }
}
