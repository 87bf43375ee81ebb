using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Security;

/// <summary>A step of a role grant that is not allowed; pages show its message.</summary>
public sealed class RoleGrantException(string message) : InvalidOperationException(message);

/// <summary>
/// Who may give the roles that grant PSD, head of PSD, DCC or PCC powers
/// (<see cref="Roles.SecondApprovalRoles"/>): a national administrator directly; a force
/// administrator only with the approval of the force's head of PSD, a second person. Nobody
/// changes their own roles. The caller saves, so a step and its audit events share one
/// transaction; the DbContext also writes the grant into the audit trail of every alliance
/// force the role reaches.
/// </summary>
public sealed class RoleGrantWorkflow(IntegrityDbContext db)
{
    public const string OwnRoles = "You cannot change your own roles";
    public const string NotHeadOfPsd = "Only the head of PSD of the account's force can approve this role";
    public const string RequestedIt = "You asked for this role to be given. Someone else must approve it";
    public const string NotAwaiting = "This role is not waiting for approval";
    public const string NoForce = "Only a national administrator can give this role to an account without a force";
    public const string NotAdministrator = "Only an administrator can ask for a role to be given";

    private ICurrentActor Actor => db.Actor;

    /// <summary>A national administrator: an administrator who sees every force.</summary>
    public bool ActorIsNationalAdministrator => Actor.Scope.SeesAllForces && Actor.Roles.Contains(Roles.Administrator);

    /// <summary>Whether the actor's giving <paramref name="role"/> must wait for a second person.</summary>
    public bool NeedsSecondApproval(string role) => Roles.SecondApprovalRoles.Contains(role) && !ActorIsNationalAdministrator;

    /// <summary>Refuses any change to the actor's own roles.</summary>
    public void RequireNotOwn(string accountId)
    {
        if (accountId == Actor.UserId)
        {
            throw new RoleGrantException(OwnRoles);
        }
    }

    /// <summary>
    /// Records a force administrator's request to give <paramref name="account"/> a role that
    /// needs a second approval. A request already waiting for the same role is returned as is.
    /// </summary>
    public async Task<RoleGrant> RequestAsync(ApplicationUser account, string role, CancellationToken ct = default)
    {
        RequireNotOwn(account.Id);
        if (!Actor.Roles.Contains(Roles.Administrator))
        {
            throw new RoleGrantException(NotAdministrator);
        }

        if (account.ForceId is not int forceId)
        {
            throw new RoleGrantException(NoForce);
        }

        var waiting = await db.RoleGrants.SingleOrDefaultAsync(
            g => g.UserId == account.Id && g.Role == role && g.Status == RoleGrantStatus.AwaitingApproval, ct);
        if (waiting is not null)
        {
            return waiting;
        }

        var grant = new RoleGrant
        {
            ForceId = forceId,
            UserId = account.Id,
            Role = role,
            RequestedByUserId = Actor.UserId ?? throw new RoleGrantException(NotAdministrator),
            RequestedByUserName = Actor.UserName,
            RequestedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.RoleGrants.Add(grant);
        return grant;
    }

    /// <summary>
    /// The force's head of PSD approves or refuses a waiting grant. Approval gives the account
    /// the role and renews its security stamp, so its sessions pick the role up.
    /// </summary>
    public async Task DecideAsync(RoleGrant grant, bool approve, string? note, CancellationToken ct = default)
    {
        if (grant.Status != RoleGrantStatus.AwaitingApproval)
        {
            throw new RoleGrantException(NotAwaiting);
        }

        if (!Actor.Roles.Contains(Roles.HeadOfPsd) || Actor.HomeForceId != grant.ForceId)
        {
            throw new RoleGrantException(NotHeadOfPsd);
        }

        RequireNotOwn(grant.UserId);
        if (grant.RequestedByUserId == Actor.UserId)
        {
            throw new RoleGrantException(RequestedIt);
        }

        grant.Status = approve ? RoleGrantStatus.Approved : RoleGrantStatus.Refused;
        grant.DecidedByUserId = Actor.UserId;
        grant.DecidedByUserName = Actor.UserName;
        grant.DecidedUtc = db.Clock.GetUtcNow().UtcDateTime;
        grant.DecisionNote = note;
        if (!approve)
        {
            return;
        }

        // Roles are keyed by name (RoleSeeder), so the link names the role plainly.
        var account = await db.Users.SingleAsync(u => u.Id == grant.UserId, ct);
        if (!await db.UserRoles.AnyAsync(r => r.UserId == grant.UserId && r.RoleId == grant.Role, ct))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = grant.UserId, RoleId = grant.Role });
        }

        account.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
