using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Security;

/// <summary>
/// The roles are part of the product, not data: every start-up makes sure each exists. A
/// role's name is also its key, so the audit trail of role changes reads plainly.
/// </summary>
public static class RoleSeeder
{
    public static async Task EnsureRolesAsync(IntegrityDbContext db, CancellationToken ct = default)
    {
        var existing = await db.Roles.Select(r => r.Id).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole(role) { Id = role, NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(ct);
    }
}
