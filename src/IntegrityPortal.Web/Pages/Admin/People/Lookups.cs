using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.People;

/// <summary>Lookups shared by the people and departments pages.</summary>
public static class Lookups
{
    /// <summary>
    /// The forces the user administers. Forces carry no query filter (everyone may read their
    /// names), so the scope is applied here.
    /// </summary>
    public static IQueryable<Force> ForcesInScope(this IntegrityDbContext db)
    {
        var scope = db.Actor.Scope;
        var ids = scope.ForceIds.ToList();
        return db.Forces.AsNoTracking().Where(f => scope.SeesAllForces || ids.Contains(f.Id));
    }

    /// <summary>Escapes LIKE wildcards so that what the user typed is matched literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%";

    public const string LikeEscape = "\\";
}
