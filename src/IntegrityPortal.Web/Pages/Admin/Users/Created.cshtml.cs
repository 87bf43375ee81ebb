using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Users;

/// <summary>
/// The confirmation after an administrator creates an account: its user name, the roles it
/// has now, those waiting for the head of PSD's approval, and what the administrator does next.
/// The form is not on this page, so a reload creates nothing. An account the administrator does
/// not look after is "not found".
/// </summary>
public class CreatedModel(IntegrityDbContext db) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;
    public IReadOnlyList<string> RolesNow { get; private set; } = [];
    public IReadOnlyList<string> AwaitingApproval { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var account = await db.VisibleUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        // Role ids are the role names (RoleSeeder).
        RolesNow = await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).OrderBy(r => r).ToListAsync(ct);
        AwaitingApproval = await db.RoleGrants.Where(g => g.UserId == id && g.Status == RoleGrantStatus.AwaitingApproval)
            .Select(g => g.Role).OrderBy(r => r).ToListAsync(ct);
        return Page();
    }
}
