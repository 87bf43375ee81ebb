using System.Globalization;
using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>What the policy library's pages share: the user's person, choices, and finding a version the user may keep.</summary>
public static class PolicyPages
{
    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.PersonId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsOwner(ClaimsPrincipal user) => PolicyRules.OwnerRoles.Any(user.IsInRole);

    public static readonly IReadOnlyList<SelectListItem> SubjectOptions =
        Enum.GetValues<PolicySubject>().Select(s => new SelectListItem(s.Describe(), s.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> AudienceOptions =
        Enum.GetValues<PolicyAudience>().Select(a => new SelectListItem(a.Describe(), a.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> RankOptions =
        Enum.GetValues<PoliceRank>().Select(r => new SelectListItem(r.DisplayName(), ((int)r).ToString(CultureInfo.InvariantCulture))).ToList();

    public static readonly IReadOnlyList<SelectListItem> YesNo = [new("Yes", "true"), new("No", "false")];

    /// <summary>
    /// A draft or published version of a policy the user keeps (every force it applies to is in
    /// their scope), with its policy; null when it does not exist, is not visible, or is kept by
    /// someone else: the page answers 404 either way.
    /// </summary>
    public static async Task<PolicyVersion?> KeptVersionAsync(IntegrityDbContext db, int versionId, CancellationToken ct)
    {
        var version = await db.PolicyVersions.Include(v => v.Policy).Include(v => v.Owner).SingleOrDefaultAsync(v => v.Id == versionId, ct);
        return version is not null && await PolicyOwnership.ForcesIfKeptAsync(db, version.PolicyId, ct) is not null ? version : null;
    }

    /// <summary>
    /// The owners of versions, by person id, as "Jane Smith, Superintendent". Read past the force
    /// filter on purpose: a policy shared across an alliance names its owner in another force,
    /// and anyone who may read the policy may read who owns it (and nothing else of that person).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, string>> OwnerNamesAsync(IntegrityDbContext db, IEnumerable<int> ownerIds, CancellationToken ct)
    {
        var ids = ownerIds.Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => p.NameAndRankOrGrade);
    }

    /// <summary>Who a version reaches, in words: "Everyone", "Officers of these ranks: Constable, Sergeant".</summary>
    public static async Task<string> AudienceTextAsync(IntegrityDbContext db, PolicyVersion version, CancellationToken ct) => version.Audience switch
    {
        PolicyAudience.Departments => "People in these departments: " + string.Join(", ",
            await db.Departments.Where(d => version.DepartmentIds.Contains(d.Id)).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct)),
        PolicyAudience.Ranks => "Officers of these ranks: " + string.Join(", ", version.Ranks.Order().Select(r => r.DisplayName())),
        _ => version.Audience.Describe(),
    };
}
