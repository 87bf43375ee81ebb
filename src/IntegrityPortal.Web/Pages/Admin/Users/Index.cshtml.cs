using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Users;

/// <summary>
/// The accounts the administrator looks after: those of their forces, or every account
/// (national ones included) for a national administrator.
/// </summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    /// <summary>Part of a user name or display name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    /// <summary>A force id, or "national" for accounts without a force (national administrators only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Force { get; set; }

    public PagedList<AccountRow> Accounts { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];
    public bool ShowForceFilter { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    /// <summary>The list's search, filters and page, carried to each account's page and back (<see cref="UsersAdminListState"/>).</summary>
    public UsersAdminListState List { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        var rules = new AccountRules(db);
        RoleOptions = rules.RoleOptions();
        ShowForceFilter = rules.ActorIsNationalAdministrator;
        ForceOptions = ShowForceFilter ? await rules.ForceOptionsAsync(ct) : [];

        var list = UsersAdminListState.Read(Search, Role, Force, null, ShowForceFilter);
        var query = list.Matching(db, db.VisibleUsers.AsNoTracking());
        var page = int.TryParse(pageNumber, out var n) ? n : 1;
        var rows = UsersAdminListState.Ordered(query)
            .Select(u => new AccountRow
            {
                Id = u.Id,
                UserName = u.UserName!,
                DisplayName = u.DisplayName,
                ForceName = u.Force == null ? null : u.Force.Name,
                PersonName = u.Person == null ? null : u.Person.GivenName + " " + u.Person.FamilyName,
                IsDisabled = u.IsDisabled,
                LockoutEnd = u.LockoutEnd,
            });
        Accounts = await PagedList<AccountRow>.CreateAsync(rows, page, PagedList<AccountRow>.DefaultPageSize, ct);
        List = UsersAdminListState.Read(Search, Role, Force, Accounts.Page, ShowForceFilter);

        var ids = Accounts.Items.Select(a => a.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var now = db.Clock.GetUtcNow();
        foreach (var account in Accounts.Items)
        {
            account.Roles = roles.Where(r => r.UserId == account.Id && r.Name is not null)
                .Select(r => Roles.DisplayName(r.Name!)).Order().ToList();
            account.IsLockedOut = account.LockoutEnd > now;
        }
    }

    /// <summary>The address of another page of the list, keeping the search and filters.</summary>
    public string PageHref(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(new(key, value));
            }
        }

        Add(nameof(Search), Search);
        Add(nameof(Role), Role);
        Add(nameof(Force), ShowForceFilter ? Force : null);
        Add("page", page == 1 ? null : page.ToString());
        return Request.PathBase + Request.Path + QueryString.Create(query);
    }
}

public sealed class AccountRow
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public string? ForceName { get; init; }
    public string? PersonName { get; init; }
    public bool IsDisabled { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public IReadOnlyList<string> Roles { get; set; } = [];
    public bool IsLockedOut { get; set; }

    public string Status => IsDisabled ? "Disabled" : IsLockedOut ? "Locked out" : "Active";
}
