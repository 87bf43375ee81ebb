using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using IntegrityPortal.Web.Pages.RoleGrants;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Users;

/// <summary>
/// An administrator changes an account: its name, force, roles and person, disables or
/// enables it, unlocks it, or sets a new password. An account outside the administrator's
/// scope is "not found". Identity's concurrency stamp guards against overwriting someone
/// else's change.
/// </summary>
public class EditModel(
    IntegrityDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    SessionStore sessions,
    IValidator<EditUserInput> validator,
    SignInEvents events) : PageModel
{
    public const string OwnTwoFactorReset = "You cannot reset your own two-factor authentication. Ask another administrator";

    private const string PasswordKey = nameof(NewPassword);

    [BindProperty]
    public EditUserInput Input { get; set; } = new();

    /// <summary>The password form's one field.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    public ApplicationUser Account { get; private set; } = null!;
    public string ForceName { get; private set; } = string.Empty;
    public bool IsLockedOut { get; private set; }
    public bool IsOwnAccount { get; private set; }

    /// <summary>Roles asked for this account that wait for the head of PSD's approval.</summary>
    public IReadOnlyList<string> AwaitingApproval { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PersonOptions { get; private set; } = [];

    // The administrator's list of accounts this one was opened from (UsersAdminListState): its
    // values come in the address, and every form on the page posts back to an address with them.
    [BindProperty(SupportsGet = true, Name = "Search")]
    public string? ListSearch { get; set; }

    [BindProperty(SupportsGet = true, Name = "Role")]
    public string? ListRole { get; set; }

    [BindProperty(SupportsGet = true, Name = "Force")]
    public string? ListForce { get; set; }

    // "page" is also Razor Pages' own route value, so the list's page number is read from the query string only.
    [FromQuery(Name = "page")]
    public string? ListPage { get; set; }

    public UsersAdminListState List { get; private set; } = null!;

    /// <summary>The next account in the list, for "Next in this list".</summary>
    public string? NextId { get; private set; }

    /// <summary>Where a form of the page posts: this account, the handler, and the list it was opened from.</summary>
    public string FormAction(string? handler) =>
        QueryStrings.With($"/Admin/Users/Edit/{Uri.EscapeDataString(Account.Id)}", [.. List.Query, new("handler", handler)]);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        NextId = await List.NextAfterAsync(db, db.VisibleUsers.AsNoTracking(), Account, ct);
        await FillFromAccountAsync();
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        var rules = new AccountRules(db);
        var choice = await rules.CheckAsync(Input.ForceId, Input.Roles, Input.PersonId, Account.Id, Account.PersonId, ModelState, ct);
        var currentRoles = await users.GetRolesAsync(Account);
        var grants = new RoleGrantWorkflow(db);
        if (IsOwnAccount)
        {
            if (Input.IsDisabled == true)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.IsDisabled)}", AccountMessages.OwnAccountDisabled);
            }

            // Nobody, not even the national administrator, changes their own roles.
            if (!Input.Roles.Where(r => !string.IsNullOrEmpty(r)).ToHashSet().SetEquals(currentRoles))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Roles)}", RoleGrantWorkflow.OwnRoles);
            }

            if (choice is not null && choice.ForceId != Account.ForceId)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ForceId)}", AccountMessages.OwnForce);
            }
        }

        if (!ModelState.IsValid || choice is null)
        {
            await LoadOptionsAsync(ct);
            return Page();
        }

        if (Input.ConcurrencyStamp != Account.ConcurrencyStamp)
        {
            return await ChangedBySomeoneElseAsync(ct);
        }

        // Roles with PSD, head of PSD, DCC or PCC powers given by a force administrator wait
        // for the head of PSD's approval; taking a role away never waits.
        var toRequest = choice.Roles.Except(currentRoles).Where(grants.NeedsSecondApproval).ToList();
        var toAdd = choice.Roles.Except(currentRoles).Except(toRequest).ToList();
        var toRemove = currentRoles.Except(choice.Roles).ToList();
        var disabling = Input.IsDisabled!.Value && !Account.IsDisabled;
        // Roles, force, person and status all travel in the sign-in cookie: a new security
        // stamp makes the account's sessions pick up the change (or end, once disabled).
        var affectsSessions = toAdd.Count > 0 || toRemove.Count > 0 || choice.ForceId != Account.ForceId
            || choice.PersonId != Account.PersonId || Input.IsDisabled.Value != Account.IsDisabled;

        Account.DisplayName = Input.DisplayName.Trim();
        Account.ForceId = choice.ForceId;
        Account.PersonId = choice.PersonId;
        Account.IsDisabled = Input.IsDisabled.Value;
        // The stamp in the form equals the one loaded (checked above), and the store saves with
        // the loaded stamp as concurrency token, so a change saved since loading fails too.
        // (No db.Entry(...) here: the store re-attaches the user, and after a detected change
        // that would make EF forget the old values the audit trail records.)

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = affectsSessions ? await users.UpdateSecurityStampAsync(Account) : await users.UpdateAsync(Account);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            await transaction.RollbackAsync(ct);
            return await ChangedBySomeoneElseAsync(ct);
        }

        if (result.Succeeded && toRemove.Count > 0)
        {
            result = await users.RemoveFromRolesAsync(Account, toRemove);
        }

        if (result.Succeeded && toAdd.Count > 0)
        {
            result = await users.AddToRolesAsync(Account, toAdd);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description.TrimEnd('.'));
            }

            await LoadOptionsAsync(ct);
            return Page();
        }

        foreach (var role in toRequest)
        {
            await grants.RequestAsync(Account, role, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (disabling)
        {
            // Disabling ends the account's sessions at once, on every web node.
            await sessions.EndAllAsync(Account.Id, null, SessionStore.AccountDisabled);
        }

        if (IsOwnAccount && affectsSessions)
        {
            await signIn.RefreshSignInAsync(Account);
        }

        TempData["Confirmation"] = toRequest.Count == 0
            ? $"Account {Account.UserName} saved"
            : $"Account {Account.UserName} saved. {RoleGrantPages.Describe(toRequest)} {(toRequest.Count == 1 ? "waits" : "wait")} for the approval of the head of PSD";
        return Redirect(List.ListHref);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(PasswordKey, "Enter a new password");
        }
        else
        {
            await AccountRules.CheckPasswordAsync(users, Account, NewPassword, PasswordKey, ModelState);
        }

        if (ModelState.IsValid)
        {
            // Resetting also renews the security stamp, so sessions using the old password end.
            var token = await users.GeneratePasswordResetTokenAsync(Account);
            var result = await users.ResetPasswordAsync(Account, token, NewPassword!);
            if (result.Succeeded)
            {
                // Sessions signed in with the old password end now (this one excepted).
                await sessions.EndAllAsync(Account.Id, IsOwnAccount ? HttpContext.CurrentKey() : null, SessionStore.PasswordChanged);
                if (IsOwnAccount)
                {
                    await signIn.RefreshSignInAsync(Account);
                }

                TempData["Confirmation"] = $"New password set for {Account.UserName}";
                return Redirect(List.ListHref);
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(PasswordKey, error.Description.TrimEnd('.'));
            }
        }

        await FillFromAccountAsync();
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        if (IsLockedOut)
        {
            await users.SetLockoutEndDateAsync(Account, null);
            await users.ResetAccessFailedCountAsync(Account);
        }

        TempData["Confirmation"] = $"Account {Account.UserName} unlocked";
        return Redirect(List.ListHref);
    }

    /// <summary>
    /// For someone who lost their phone: the app's key and the recovery codes stop working,
    /// the account's sessions end, and at the next sign-in they set up the app again (when
    /// their role requires it) or sign in with the password alone. Audited as a security event.
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        if (IsOwnAccount)
        {
            ModelState.AddModelError("reset-two-factor", OwnTwoFactorReset);
            await FillFromAccountAsync();
            await LoadOptionsAsync(ct);
            return Page();
        }

        if (Account.TwoFactorEnabled)
        {
            await users.SetTwoFactorEnabledAsync(Account, false);
            await users.ResetAuthenticatorKeyAsync(Account);
            await users.RemoveAuthenticationTokenAsync(Account, "[AspNetUserStore]", "RecoveryCodes");
            await users.UpdateSecurityStampAsync(Account);
            await events.RecordByAdministratorAsync(AuditAction.TwoFactorChanged, Account, "reset by an administrator", ct);
        }

        TempData["Confirmation"] = $"Two-factor authentication reset for {Account.UserName}";
        return Redirect(List.ListHref);
    }

    private async Task<IActionResult> ChangedBySomeoneElseAsync(CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, ConcurrencySaving.ChangedBySomeoneElse);
        await LoadOptionsAsync(ct);
        return Page();
    }

    private async Task<bool> FindAsync(string id, CancellationToken ct)
    {
        var account = await db.VisibleUsers.Include(u => u.Force).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (account is null)
        {
            return false;
        }

        Account = account;
        // The list's values are read as the list reads them: a page that is not a number is the first.
        List = UsersAdminListState.Read(ListSearch, ListRole, ListForce, int.TryParse(ListPage, out var page) ? page : null,
            new AccountRules(db).ActorIsNationalAdministrator);
        ForceName = account.Force?.Name ?? "All forces";
        IsLockedOut = account.LockoutEnd > db.Clock.GetUtcNow();
        IsOwnAccount = account.Id == db.Actor.UserId;
        AwaitingApproval = await db.RoleGrants.Where(g => g.UserId == account.Id && g.Status == RoleGrantStatus.AwaitingApproval)
            .Select(g => g.Role).ToListAsync(ct);
        return true;
    }

    private async Task FillFromAccountAsync()
    {
        Input = new EditUserInput
        {
            DisplayName = Account.DisplayName,
            ForceId = Account.ForceId?.ToString() ?? AccountRules.NationalValue,
            Roles = (await users.GetRolesAsync(Account)).ToList(),
            PersonId = Account.PersonId?.ToString(),
            IsDisabled = Account.IsDisabled,
            ConcurrencyStamp = Account.ConcurrencyStamp,
        };
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        var rules = new AccountRules(db);
        var forces = await rules.ForceOptionsAsync(ct);
        ForceOptions = forces;
        RoleOptions = rules.RoleOptions();
        var forceId = forces.Any(f => f.Value == Input.ForceId) ? AccountRules.ParseForce(Input.ForceId) : Account.ForceId;
        PersonOptions = Input.ForceId == AccountRules.NationalValue
            ? []
            : await rules.PersonOptionsAsync(forceId, Account.PersonId, ct);
    }
}

public class EditUserInput
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A force id, or <see cref="AccountRules.NationalValue"/> for no force.</summary>
    public string? ForceId { get; set; }

    public List<string> Roles { get; set; } = [];
    public string? PersonId { get; set; }

    /// <summary>Named for the binder's message if a forged value is not true or false.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "choice")]
    public bool? IsDisabled { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public class EditUserInputValidator : AbstractValidator<EditUserInput>
{
    public EditUserInputValidator()
    {
        RuleFor(x => x.DisplayName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a display name")
            .MaximumLength(200).WithMessage("Display name must be 200 characters or fewer");
        RuleFor(x => x.IsDisabled)
            .NotNull().WithMessage("Select yes if the account is disabled");
    }
}
