using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.RoleGrants;

/// <summary>
/// The head of PSD approves or refuses a role a force administrator asked to give. A grant of
/// another force, or one already decided, is "not found". The workflow refuses a grant to the
/// head of PSD themselves or one they asked for.
/// </summary>
public class DecideModel(IntegrityDbContext db, IValidator<GrantDecisionInput> validator) : PageModel
{
    [BindProperty]
    public GrantDecisionInput Input { get; set; } = new();

    public RoleGrant Grant { get; private set; } = null!;
    public string RequesterName { get; private set; } = string.Empty;
    public IReadOnlyList<string> CurrentRoles { get; private set; } = [];

    public static readonly IReadOnlyList<SelectListItem> DecisionOptions =
    [
        new("Approve: give the role", GrantDecisionInput.Approve),
        new("Refuse: do not give the role", GrantDecisionInput.Refuse),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new GrantDecisionInput { Version = Grant.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var approve = Input.Decision == GrantDecisionInput.Approve;
        try
        {
            await new RoleGrantWorkflow(db).DecideAsync(Grant, approve, string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(), ct);
        }
        catch (RoleGrantException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        if (!await db.TrySaveAsync(Grant, Input.Version, ModelState, ct))
        {
            return Page();
        }

        TempData["Confirmation"] = approve
            ? $"{RoleGrantPages.AccountName(Grant)} now has the {Roles.DisplayName(Grant.Role)} role"
            : $"You refused the {Roles.DisplayName(Grant.Role)} role for {RoleGrantPages.AccountName(Grant)}";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var grant = await RoleGrantPages.Awaiting(db)
            .Include(g => g.User).ThenInclude(u => u!.Person)
            .SingleOrDefaultAsync(g => g.Id == id, ct);
        if (grant is null)
        {
            return false;
        }

        Grant = grant;
        RequesterName = (await RoleGrantPages.RequesterNamesAsync(db, [grant], ct)).GetValueOrDefault(grant.RequestedByUserId) ?? "An administrator";
        CurrentRoles = await db.UserRoles.Where(r => r.UserId == grant.UserId).Select(r => r.RoleId).ToListAsync(ct);
        return true;
    }
}

public class GrantDecisionInput
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";

    public string? Decision { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public class GrantDecisionInputValidator : AbstractValidator<GrantDecisionInput>
{
    public GrantDecisionInputValidator()
    {
        RuleFor(x => x.Decision)
            .Must(d => d is GrantDecisionInput.Approve or GrantDecisionInput.Refuse).WithMessage("Select whether you approve or refuse the role");
        RuleFor(x => x.Note)
            .Must((input, note) => input.Decision != GrantDecisionInput.Refuse || !string.IsNullOrWhiteSpace(note)).WithMessage("Enter why you are refusing the role")
            .Must(note => (note ?? string.Empty).Trim().Length <= 1000).WithMessage("The note must be 1000 characters or fewer");
    }
}
