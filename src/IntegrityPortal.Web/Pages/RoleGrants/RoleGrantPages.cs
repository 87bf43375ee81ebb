using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.RoleGrants;

/// <summary>
/// Role grants awaiting the head of PSD of the user's home force. Only the home force: in an
/// alliance each force's head of PSD approves its own force's grants.
/// </summary>
public static class RoleGrantPages
{
    public const int PageSize = 25;

    public static IQueryable<RoleGrant> Awaiting(IntegrityDbContext db)
    {
        var homeForceId = db.Actor.HomeForceId;
        return db.RoleGrants.Where(g => g.ForceId == homeForceId && g.Status == RoleGrantStatus.AwaitingApproval);
    }

    /// <summary>The account holder as people read them: name and rank or grade, never the user name.</summary>
    public static string AccountName(RoleGrant grant) =>
        grant.User!.Person is { } person ? $"{person.FullName}, {person.RankOrGrade}" : grant.User.DisplayName;

    /// <summary>Display names of the administrators who asked, by account id.</summary>
    public static Task<Dictionary<string, string>> RequesterNamesAsync(IntegrityDbContext db, IEnumerable<RoleGrant> grants, CancellationToken ct)
    {
        var ids = grants.Select(g => g.RequestedByUserId).Distinct().ToList();
        return db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    /// <summary>"The PSD officer role", "The PSD officer and Deputy chief constable roles".</summary>
    public static string Describe(IReadOnlyList<string> roles)
    {
        var names = roles.Select(Roles.DisplayName).ToList();
        return names.Count == 1
            ? $"The {names[0]} role"
            : $"The {string.Join(", ", names.Take(names.Count - 1))} and {names[^1]} roles";
    }
}
