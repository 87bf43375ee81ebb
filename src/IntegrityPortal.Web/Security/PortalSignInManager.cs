using System.Security.Claims;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security.Passwords;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Identity's sign-in with the portal's rules:
/// <list type="bullet">
/// <item>disabled accounts (never deleted) and accounts of people who have left cannot sign in;
/// the same check runs when the security stamp is revalidated, so an open session ends too;</item>
/// <item>the failed-attempt count is atomic (<see cref="AccountLockout"/>);</item>
/// <item>every refusal costs one password hash, so an unknown, locked or disabled account takes
/// as long to refuse as a wrong password and timing does not tell them apart;</item>
/// <item>each outcome is a security event in the audit trail.</item>
/// </list>
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IntegrityDbContext db,
    AccountLockout lockout,
    SignInEvents events)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash of a random password with the portal's iteration count, made once: checking a
    // password against it costs what checking a real account's password costs.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<ApplicationUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = PasswordHashing.Iterations }))
            .HashPassword(null!, Guid.NewGuid().ToString("N")));

    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await PersonIsActiveAsync(user) && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendOneHash(password);
            await events.RecordAsync(AuditAction.SignInFailed, null, "unknown account");
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        if (!await CanSignInAsync(user))
        {
            SpendOneHash(password);
            await events.RecordAsync(AuditAction.SignInFailed, user, "account disabled or person inactive");
            return SignInResult.NotAllowed;
        }

        var attempt = await IsLockedOut(user) ? null : await lockout.TryBeginAsync(user);
        if (attempt is null)
        {
            SpendOneHash(password);
            await events.RecordAsync(AuditAction.SignInFailed, user, "account locked");
            return SignInResult.LockedOut;
        }

        if (await UserManager.CheckPasswordAsync(user, password))
        {
            if (await lockout.SucceedAsync(user, attempt))
            {
                return SignInResult.Success;
            }

            await events.RecordAsync(AuditAction.SignInFailed, user, "account locked");
            return SignInResult.LockedOut;
        }

        await events.RecordAsync(AuditAction.SignInFailed, user, "wrong password");
        if (attempt.LockEnd is not null)
        {
            await events.AccountLockedAsync(user, Options.Lockout.DefaultLockoutTimeSpan);
            return SignInResult.LockedOut;
        }

        return SignInResult.Failed;
    }

    // Before sign-in nobody is in scope, so the person is read past the force filter, as the
    // claims factory does: this reads one flag of the account's own person.
    private async Task<bool> PersonIsActiveAsync(ApplicationUser user) =>
        user.PersonId is not { } personId
        || await db.People.IgnoreQueryFilters().AnyAsync(p => p.Id == personId && p.IsActive);

    private void SpendOneHash(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(null!, DummyHash.Value, password);
}
