using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrityPortal.Web.Pages.Account.TwoFactor;

/// <summary>
/// Sign-in with one of the ten recovery codes instead of the app's code. Identity neither
/// checks the lockout here nor counts a wrong recovery code, so this page does both.
/// </summary>
[EnableRateLimiting(RateLimits.SignInPolicy)]
public class RecoveryModel(SignInManager<ApplicationUser> signInManager, SignInAccountLimiter accountLimiter, SignInEvents events) : PageModel
{
    public const string FailureMessage = "Enter a correct recovery code. Each recovery code can be used only once";

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = (RecoveryCode ?? string.Empty).Trim().Replace(" ", string.Empty);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(RecoveryCode), "Enter one of your recovery codes");
            return Page();
        }

        using var lease = accountLimiter.Acquire(user.UserName!);
        if (!lease.IsAcquired)
        {
            RateLimits.SetRetryAfter(Response, lease);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var users = signInManager.UserManager;
        if (!await users.IsLockedOutAsync(user) && code.Length <= 50)
        {
            var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
            if (result.Succeeded)
            {
                await events.RecordAsync(AuditAction.SignedIn, user, "password and recovery code");
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            }

            await users.AccessFailedAsync(user);
        }

        await events.RecordAsync(AuditAction.SignInFailed, user, "wrong or used recovery code, or account locked");
        ModelState.AddModelError(nameof(RecoveryCode), FailureMessage);
        return Page();
    }
}
