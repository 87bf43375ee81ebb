using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// Who may change a policy: a policy owner (see <see cref="PolicyRules.OwnerRoles"/>) whose scope
/// holds every force the policy applies to. A shared policy is kept by the alliance's PSD; a
/// partner force's officers read it but do not change it.
/// </summary>
public static class PolicyOwnership
{
    /// <summary>The forces the policy applies to, when the user keeps all of them; otherwise null.</summary>
    public static async Task<IReadOnlyList<int>?> ForcesIfKeptAsync(IntegrityDbContext db, int policyId, CancellationToken ct)
    {
        // The system (seeding the demonstration data) keeps every policy. Outside a request the
        // web's actor is the system too: no user, every force (a signed-in user always has an id).
        var isSystem = db.Actor is Security.SystemActor || (db.Actor.UserId is null && db.Actor.Scope.SeesAllForces);
        if (!isSystem && !db.Actor.Roles.Any(PolicyRules.OwnerRoles.Contains))
        {
            return null;
        }

        // Read past the filter on purpose: to learn whether any force of the policy lies outside the user's scope.
        var forceIds = await db.PolicyForces.IgnoreQueryFilters().Where(f => f.PolicyId == policyId).Select(f => f.ForceId).ToListAsync(ct);
        return forceIds.Count > 0 && forceIds.All(db.Actor.Scope.Includes) ? forceIds : null;
    }

    /// <summary>The forces a new policy of the user's force applies to: the force, and the alliance's forces when shared.</summary>
    public static async Task<IReadOnlyList<int>> ForcesForNewAsync(IntegrityDbContext db, int homeForceId, bool sharedWithAlliance, CancellationToken ct)
    {
        if (!sharedWithAlliance)
        {
            return [homeForceId];
        }

        var allianceId = await db.Forces.Where(f => f.Id == homeForceId).Select(f => f.AllianceId).SingleAsync(ct);
        return allianceId is null
            ? [homeForceId]
            : await db.Forces.Where(f => f.AllianceId == allianceId).Select(f => f.Id).OrderBy(id => id).ToListAsync(ct);
    }

    /// <summary>Whether the user may share a new policy across an alliance: their force is in one and their scope holds all of it.</summary>
    public static async Task<bool> MayShareAsync(IntegrityDbContext db, int homeForceId, CancellationToken ct)
    {
        var forces = await ForcesForNewAsync(db, homeForceId, sharedWithAlliance: true, ct);
        return forces.Count > 1 && forces.All(db.Actor.Scope.Includes);
    }
}
