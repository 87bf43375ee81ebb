using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Pages.RoleGrants;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Users;

/// <summary>
/// An administrator creates an account in a force they look after (or, as a national
/// administrator, a national account), with its roles and initial password.
/// </summary>
public class CreateModel(IntegrityDbContext db, UserManager<ApplicationUser> users, IValidator<CreateUserInput> validator) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rules = new AccountRules(db);
        Input.ForceId = (await rules.OnlyForceAsync(ct))?.ToString();
        await LoadOptionsAsync(rules, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var rules = new AccountRules(db);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var userName = Input.UserName?.Trim() ?? string.Empty;
        if (ModelState[$"{nameof(Input)}.{nameof(Input.UserName)}"] is not { Errors.Count: > 0 }
            && await db.Users.AnyAsync(u => u.NormalizedUserName == users.NormalizeName(userName), ct))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UserName)}", AccountMessages.UserNameTaken);
        }

        var choice = await rules.CheckAsync(Input.ForceId, Input.Roles, Input.PersonId, accountId: null, currentPersonId: null, ModelState, ct);
        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = Input.DisplayName?.Trim() ?? string.Empty,
            ForceId = choice?.ForceId,
            PersonId = choice?.PersonId,
            LockoutEnabled = true,
        };
        if (!string.IsNullOrEmpty(Input.Password))
        {
            await AccountRules.CheckPasswordAsync(users, user, Input.Password, $"{nameof(Input)}.{nameof(Input.Password)}", ModelState);
        }

        if (!ModelState.IsValid || choice is null)
        {
            await LoadOptionsAsync(rules, ct);
            return Page();
        }

        // Roles with PSD, head of PSD, DCC or PCC powers given by a force administrator wait for
        // the head of PSD's approval. The account, its roles and the requests are saved together.
        var grants = new RoleGrantWorkflow(db);
        var toRequest = choice.Roles.Where(grants.NeedsSecondApproval).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded && choice.Roles.Count > toRequest.Count)
        {
            result = await users.AddToRolesAsync(user, choice.Roles.Except(toRequest));
        }

        if (result.Succeeded && toRequest.Count > 0)
        {
            foreach (var role in toRequest)
            {
                await grants.RequestAsync(user, role, ct);
            }

            await db.SaveChangesAsync(ct);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description.TrimEnd('.'));
            }

            await LoadOptionsAsync(rules, ct);
            return Page();
        }

        await transaction.CommitAsync(ct);
        return RedirectToPage("Created", new { id = user.Id });
    }

    private async Task LoadOptionsAsync(AccountRules rules, CancellationToken ct)
    {
        ForceOptions = await rules.ForceOptionsAsync(ct);
        RoleOptions = rules.RoleOptions();
        var forceId = AccountRules.ParseForce(Input.ForceId);
        PersonOptions = Input.ForceId == AccountRules.NationalValue
            ? []
            : await rules.PersonOptionsAsync(ForceOptions.Any(f => f.Value == Input.ForceId) ? forceId : null, null, ct);
    }
}

public class CreateUserInput
{
    public string UserName { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A force id, or <see cref="AccountRules.NationalValue"/> for no force.</summary>
    public string? ForceId { get; set; }

    public List<string> Roles { get; set; } = [];
    public string? PersonId { get; set; }
    public string Password { get; set; } = string.Empty;
}

public class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator()
    {
        RuleFor(x => x.UserName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a user name")
            .MaximumLength(256).WithMessage("User name must be 256 characters or fewer")
            .Matches("^[A-Za-z0-9._-]+$").WithMessage("User name must only include letters, numbers, full stops, hyphens and underscores");
        RuleFor(x => x.DisplayName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a display name")
            .MaximumLength(200).WithMessage("Display name must be 200 characters or fewer");
        RuleFor(x => x.Password)
            .NotEmpty().WithMessage("Enter an initial password");
    }
}
