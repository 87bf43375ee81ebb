using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace IntegrityPortal.Web.Pages.Account.TwoFactor;

/// <summary>
/// Setting up an authenticator app: a QR code, and the key as text for typing in, then a code
/// from the app to show it works. Then ten recovery codes, shown once. A user who must use a
/// second factor is sent here after the password step until they have set one up.
/// </summary>
public class SetUpModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signInManager, SignInEvents events) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The key in groups of four, as an app asks for it.</summary>
    public string Key { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    /// <summary>Set once the app is set up: shown on this response only.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool MustSetUp => User.HasClaim(PortalClaims.MustSetUpTwoFactor, "true");

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("Index");
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("Index");
        }

        var code = TwoFactorCodes.Normalise(Code);
        var error = TwoFactorCodes.Check(code);
        if (error is null && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            error = "The code is not correct. Enter the code your authenticator app shows now";
        }

        if (error is not null)
        {
            ModelState.AddModelError(nameof(Code), error);
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await events.RecordAsync(AuditAction.TwoFactorChanged, user, "authenticator app set up");
        // The new cookie no longer sends the user here: the rest of the portal opens.
        await signInManager.RefreshSignInAsync(user);
        return Page();
    }

    private async Task ShowKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        }

        Key = string.Join(" ", key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Integrity Portal:" + user.UserName)}?secret={key}&issuer={Uri.EscapeDataString("Integrity Portal")}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
