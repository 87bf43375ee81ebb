using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Account.TwoFactor;

/// <summary>The user's own second factor: whether it is set up, and new recovery codes.</summary>
public class IndexModel(UserManager<ApplicationUser> users, SignInEvents events) : PageModel
{
    public bool IsSetUp { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Set after new codes are made: shown on this response only.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SetUpModel.RecoveryCodeCount))?.ToList() ?? [];
            await events.RecordAsync(AuditAction.TwoFactorChanged, user, "new recovery codes");
        }

        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        IsSetUp = user.TwoFactorEnabled;
        RecoveryCodesLeft = IsSetUp ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
