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
/// The second step of sign-in for an account with an authenticator app: the 6-digit code.
/// Identity's two-factor cookie, set by the password step, says whose code it is. A code is
/// accepted once (<see cref="OneTimeAuthenticatorTokenProvider"/>); wrong codes count towards
/// the lockout like wrong passwords.
/// </summary>
[EnableRateLimiting(RateLimits.SignInPolicy)]
public class CodeModel(SignInManager<ApplicationUser> signInManager, SignInAccountLimiter accountLimiter, SignInEvents events) : PageModel
{
    public const string FailureMessage = "Enter a correct code from your authenticator app. Each code can be used only once";

    [BindProperty]
    public string? Code { get; set; }

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

        var code = TwoFactorCodes.Normalise(Code);
        var error = TwoFactorCodes.Check(code);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Code), error);
            return Page();
        }

        using var lease = accountLimiter.Acquire(user.UserName!);
        if (!lease.IsAcquired)
        {
            RateLimits.SetRetryAfter(Response, lease);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await events.RecordAsync(AuditAction.SignedIn, user, "password and authenticator code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        await events.RecordAsync(AuditAction.SignInFailed, user, result.IsLockedOut ? "account locked" : "wrong or used authenticator code");
        ModelState.AddModelError(nameof(Code), FailureMessage);
        return Page();
    }
}

/// <summary>How the portal reads a code typed by a person: spaces and dashes are ignored.</summary>
public static class TwoFactorCodes
{
    public static string Normalise(string? code) =>
        new((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>Why a typed authenticator code cannot be right, or null.</summary>
    public static string? Check(string code) =>
        code.Length == 0 ? "Enter the 6-digit code from your authenticator app"
        : code.Length != 6 || !code.All(char.IsAsciiDigit) ? "The code must be 6 digits, like 123456"
        : null;
}
