using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Users;

/// <summary>
/// Where in the administrator's list of accounts an account was opened from: the search, role,
/// force and page (see <see cref="ListState"/>). The account's page builds "Back to user
/// accounts" and "Next in this list" from it, and its forms return to the same list.
/// </summary>
public sealed class UsersAdminListState : ListState
{
    public const int MaximumSearchLength = 256;

    private UsersAdminListState(string? search, string? role, string? force, int? page)
        : base("/Admin/Users", "/Admin/Users/Edit",
        [
            new("Search", search),
            new("Role", role),
            new("Force", force),
            // This list's page number is "page" (its links have always used it).
            new("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        ])
    {
        (Search, Role, Force) = (search, role, force);
    }

    public string? Search { get; }
    public string? Role { get; }

    /// <summary>A force id, or "national" for accounts without a force; only national administrators filter by force.</summary>
    public string? Force { get; }

    /// <summary>The state as the list reads it: the search trimmed and cut to its longest; the force only for a national administrator.</summary>
    public static UsersAdminListState Read(string? search, string? role, string? force, int? page, bool filtersByForce)
    {
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (search is { Length: > MaximumSearchLength })
        {
            search = search[..MaximumSearchLength];
        }

        return new UsersAdminListState(
            search,
            string.IsNullOrWhiteSpace(role) ? null : role,
            filtersByForce && !string.IsNullOrWhiteSpace(force) ? force : null,
            page);
    }

    /// <summary>The accounts of the list, in no order (the administrator's scope already limits them).</summary>
    public IQueryable<ApplicationUser> Matching(IntegrityDbContext db, IQueryable<ApplicationUser> accounts)
    {
        if (Search is not null)
        {
            var upper = Search.ToUpperInvariant();
            accounts = accounts.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
        }

        if (Role is { } role)
        {
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (Force is not null)
        {
            var forceId = AccountRules.ParseForce(Force);
            accounts = Force == AccountRules.NationalValue
                ? accounts.Where(u => u.ForceId == null)
                : accounts.Where(u => u.ForceId == forceId);
        }

        return accounts;
    }

    /// <summary>An account's page, carrying the list (account ids are not numbers).</summary>
    public string AccountHref(string id) => Href($"/Admin/Users/Edit/{Uri.EscapeDataString(id)}");

    /// <summary>The list's order: by user name (unique).</summary>
    public static IOrderedQueryable<ApplicationUser> Ordered(IQueryable<ApplicationUser> accounts) => accounts.OrderBy(u => u.UserName);

    /// <summary>The id of the account after <paramref name="current"/> in the list, or null at the end.</summary>
    public Task<string?> NextAfterAsync(IntegrityDbContext db, IQueryable<ApplicationUser> accounts, ApplicationUser current, CancellationToken ct)
    {
        var userName = current.UserName;
        return Ordered(Matching(db, accounts).Where(u => string.Compare(u.UserName, userName) > 0)).Select(u => u.Id).FirstOrDefaultAsync(ct);
    }
}
