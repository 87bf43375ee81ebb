using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Works out, once at sign-in (and again whenever the security stamp is revalidated), which
/// forces the user may see, and stores it in the cookie so no request has to ask again.
/// </summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IOptions<TwoFactorSettings> twoFactor,
    IntegrityDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await UserManager.GetRolesAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));

        IReadOnlyList<int> allianceForceIds = [];
        var forceRequiresTwoFactor = false;
        if (user.ForceId is int homeForceId)
        {
            // Forces carry no query filter, so this works before the user is signed in.
            var force = await db.Forces.AsNoTracking().SingleAsync(f => f.Id == homeForceId);
            identity.AddClaim(new Claim(PortalClaims.HomeForceId, homeForceId.ToString()));
            identity.AddClaim(new Claim(PortalClaims.HomeForceName, force.Name));
            forceRequiresTwoFactor = await db.ForceSettings.IgnoreQueryFilters().AnyAsync(s => s.ForceId == homeForceId && s.RequireTwoFactor);
            if (force.AllianceId is int allianceId)
            {
                allianceForceIds = await db.Forces.Where(f => f.AllianceId == allianceId).Select(f => f.Id).ToListAsync();
            }
        }

        if (user.PersonId is int personId)
        {
            identity.AddClaim(new Claim(PortalClaims.PersonId, personId.ToString()));
            // At sign-in nobody is signed in yet, so the force filter would hide every person.
            var managesSomeone = await db.People.IgnoreQueryFilters().AnyAsync(p => p.LineManagerId == personId && p.IsActive);
            identity.AddClaim(new Claim(PortalClaims.IsLineManager, managesSomeone ? "true" : "false"));
        }

        if (!user.TwoFactorEnabled && TwoFactorPolicy.IsRequired(roles, user.ForceId, forceRequiresTwoFactor, twoFactor.Value.RequiredForNationalAccounts))
        {
            identity.AddClaim(new Claim(PortalClaims.MustSetUpTwoFactor, "true"));
        }

        var scope = ForceScope.For(user.ForceId, roles, allianceForceIds);
        identity.AddClaim(new Claim(PortalClaims.ForceScope, scope.SeesAllForces ? "*" : string.Join(",", scope.ForceIds)));
        return identity;
    }
}
