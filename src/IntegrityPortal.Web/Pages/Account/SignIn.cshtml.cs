using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Account;

public class SignInModel(SignInManager<ApplicationUser> signInManager, IValidator<SignInInput> validator) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        // The same message for an unknown account and a wrong password, so the form cannot be
        // used to find out which account names exist.
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UserName)}", result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes or ask your administrator"
            : "Enter a correct user name and password");
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}

public class SignInInput
{
    public string UserName { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
}

public class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Enter your user name").MaximumLength(256).WithMessage("User name must be 256 characters or fewer");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password").MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
    }
}
