using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Identity's user manager, with failed attempts counted by <see cref="AccountLockout"/> in
/// one UPDATE. Identity calls this for a wrong authenticator or recovery code; the password
/// step counts its attempts in <see cref="PortalSignInManager"/>.
/// </summary>
public sealed class PortalUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    AccountLockout lockout,
    SignInEvents events)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        if (await lockout.FailAsync(user.Id))
        {
            await events.AccountLockedAsync(user, Options.Lockout.DefaultLockoutTimeSpan);
        }

        return IdentityResult.Success;
    }
}
