using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>What the media department's pages share.</summary>
public static class OfficePage
{
    /// <summary>
    /// The heading's name: the user's force's media department, or a general name for PSD,
    /// who may serve several forces.
    /// </summary>
    public static async Task<string> DepartmentNameAsync(IntegrityDbContext db, CancellationToken ct)
    {
        if (!db.Actor.Roles.Contains(Roles.PressOffice) || db.Actor.HomeForceId is not { } forceId)
        {
            return "Media contact log";
        }

        return await db.ForceSettings.AsNoTracking().Where(s => s.ForceId == forceId).Select(s => s.MediaDepartmentName).SingleOrDefaultAsync(ct)
               ?? "Media contact log";
    }

    /// <summary>The one force the user serves (for audit events), or null for several.</summary>
    public static async Task<int?> SingleForceAsync(IntegrityDbContext db, CancellationToken ct)
    {
        var ids = await db.VisibleForces.Select(f => f.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }
}
