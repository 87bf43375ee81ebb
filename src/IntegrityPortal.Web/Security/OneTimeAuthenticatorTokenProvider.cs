using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Identity's authenticator provider with one difference: a code is accepted once. Identity
/// accepts any code of the last or next 90 seconds, as often as it is sent, so a code seen
/// over a shoulder or replayed from a captured request still works. Here the matched time step
/// must be later than the last one accepted for the account, and the step is recorded by one
/// conditional UPDATE, so two requests racing with the same code cannot both succeed.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(IntegrityDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    // One step (30 s) either side allows for a phone's clock being a little out.
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Codes come from the person's authenticator app, never from the portal.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = new string(token.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, Window))
        {
            return false;
        }

        var accepted = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorTimeStep == null || u.LastAuthenticatorTimeStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorTimeStep, step));
        if (accepted != 1)
        {
            return false;
        }

        // Identity's store saves every column of the user when it next updates it (enabling the
        // second factor, a new security stamp): the loaded user must carry the step too, or that
        // save would put back the old one and the code would work again.
        user.LastAuthenticatorTimeStep = step;
        return true;
    }
}
