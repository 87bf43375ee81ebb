namespace IntegrityPortal.Core.Security;

/// <summary>The forces whose records a user may see: every force, or a list (possibly empty).</summary>
public sealed record ForceScope(bool SeesAllForces, IReadOnlyList<int> ForceIds)
{
    public static readonly ForceScope AllForces = new(true, []);
    public static readonly ForceScope Nobody = new(false, []);

    public bool Includes(int forceId) => SeesAllForces || ForceIds.Contains(forceId);

    /// <summary>
    /// The one rule of who sees which force. A user with no home force sees every force only
    /// if they hold a national role (inspector, national administrator), otherwise nothing.
    /// PSD staff of a force in an alliance see every force of the alliance; everyone else sees
    /// their home force.
    /// </summary>
    public static ForceScope For(int? homeForceId, IEnumerable<string> roles, IReadOnlyList<int> allianceForceIds)
    {
        var held = roles.ToHashSet();
        if (homeForceId is null)
        {
            return held.Overlaps(Roles.NationalRoles) ? AllForces : Nobody;
        }

        if (held.Overlaps(Roles.AllianceRoles) && allianceForceIds.Count > 0)
        {
            return new ForceScope(false, allianceForceIds.Append(homeForceId.Value).Distinct().Order().ToArray());
        }

        return new ForceScope(false, [homeForceId.Value]);
    }
}
