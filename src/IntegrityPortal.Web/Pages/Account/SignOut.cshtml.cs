using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Account;

/// <summary>Sign-out is a POST (from the header's button) so another site cannot sign a user out.</summary>
public class SignOutModel(SignInManager<ApplicationUser> signInManager, SignInEvents events) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.UserManager.GetUserAsync(User);
        await signInManager.SignOutAsync();
        if (user is not null)
        {
            await events.RecordAsync(AuditAction.SignedOut, user, "signed out");
        }

        return RedirectToPage("/Account/SignIn");
    }
}
