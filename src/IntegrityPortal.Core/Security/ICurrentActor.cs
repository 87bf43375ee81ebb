namespace IntegrityPortal.Core.Security;

/// <summary>
/// Who is acting: the signed-in user of a request, or the system (start-up, seeding). The
/// DbContext reads it to scope force-owned queries and to sign audit events.
/// </summary>
public interface ICurrentActor
{
    string? UserId { get; }
    string UserName { get; }
    IReadOnlyList<string> Roles { get; }
    int? HomeForceId { get; }
    ForceScope Scope { get; }
}

/// <summary>The system itself: migrations, seeding, background work. Sees every force.</summary>
public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();
    public string? UserId => null;
    public string UserName => "system";
    public IReadOnlyList<string> Roles => [];
    public int? HomeForceId => null;
    public ForceScope Scope => ForceScope.AllForces;
}
