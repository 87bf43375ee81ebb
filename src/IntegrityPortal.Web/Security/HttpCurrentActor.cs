using System.Security.Claims;
using IntegrityPortal.Core.Security;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// The signed-in user of the current request, read from the cookie's claims. Outside a
/// request (start-up, seeding) the actor is the system; an anonymous request sees no force.
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;
    private bool IsSystem => accessor.HttpContext is null;
    private bool IsSignedIn => User?.Identity?.IsAuthenticated == true;

    public string? UserId => IsSignedIn ? User!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string UserName => IsSystem ? SystemActor.Instance.UserName : IsSignedIn ? User!.Identity!.Name ?? "unknown" : "anonymous";

    public IReadOnlyList<string> Roles => IsSignedIn ? User!.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() : [];

    public int? HomeForceId => int.TryParse(User?.FindFirstValue(PortalClaims.HomeForceId), out var id) ? id : null;

    public ForceScope Scope
    {
        get
        {
            if (IsSystem)
            {
                return ForceScope.AllForces;
            }

            var claim = IsSignedIn ? User!.FindFirstValue(PortalClaims.ForceScope) : null;
            return claim switch
            {
                null or "" => ForceScope.Nobody,
                "*" => ForceScope.AllForces,
                _ => new ForceScope(false, claim.Split(',').Select(int.Parse).ToArray()),
            };
        }
    }
}
