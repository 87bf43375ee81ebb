using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrityPortal.Web.Pages.Account;

/// <summary>
/// The password step. Every refusal (unknown account, wrong password, locked or disabled
/// account) gives the same message, takes as long, and is recorded in the audit trail; the
/// holder of a locked account is told by email. Posts are limited per client address (the
/// policy) and per account name (<see cref="SignInAccountLimiter"/>).
/// </summary>
[EnableRateLimiting(RateLimits.SignInPolicy)]
public class SignInModel(
    SignInManager<ApplicationUser> signInManager,
    IValidator<SignInInput> validator,
    SignInAccountLimiter accountLimiter,
    SignInEvents events) : PageModel
{
    public const string FailureMessage = "Enter a correct user name and password";

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

        using var lease = accountLimiter.Acquire(Input.UserName);
        if (!lease.IsAcquired)
        {
            RateLimits.SetRetryAfter(Response, lease);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var userName = Input.UserName.Trim();
        var result = await signInManager.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await events.RecordAsync(AuditAction.SignedIn, await signInManager.UserManager.FindByNameAsync(userName), "password");
            return LocalRedirect(SafeReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor/Code", new { ReturnUrl = SafeReturnUrl });
        }

        // One message for an unknown account, a wrong password, a locked and a disabled account,
        // so the form cannot tell anyone which accounts exist or are locked. The holder of a
        // locked account learns of it by email.
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UserName)}", FailureMessage);
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
