using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Account;

/// <summary>Sign-out is a POST (from the header's button) so another site cannot sign a user out.</summary>
public class SignOutModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
