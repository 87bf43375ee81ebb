using IntegrityPortal.Core.Security;

namespace IntegrityPortal.Core.Tests;

/// <summary>A signed-in user for tests that use the DbContext without a web request.</summary>
public sealed record TestActor(string UserName, int? HomeForceId, ForceScope Scope, params string[] RoleNames) : ICurrentActor
{
    public string? UserId => UserName;
    public IReadOnlyList<string> Roles => RoleNames;
}
