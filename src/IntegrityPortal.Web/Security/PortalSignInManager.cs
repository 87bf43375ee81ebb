using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Refuses sign-in to disabled accounts (accounts are disabled, never deleted) and to accounts
/// of people who have left (people are marked inactive, never deleted). The same check runs
/// when the session's security stamp is revalidated, so a session already open ends within
/// the revalidation interval.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IntegrityDbContext db)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await PersonIsActiveAsync(user) && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }

    // Before sign-in nobody is in scope, so the person is read past the force filter, as the
    // claims factory does: this reads one flag of the account's own person.
    private async Task<bool> PersonIsActiveAsync(ApplicationUser user) =>
        user.PersonId is not { } personId
        || await db.People.IgnoreQueryFilters().AnyAsync(p => p.Id == personId && p.IsActive);
}
