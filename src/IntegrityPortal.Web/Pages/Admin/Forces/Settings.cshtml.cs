using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Forces;

/// <summary>An administrator edits one force's settings. A force outside the user's scope is "not found".</summary>
public class SettingsModel(IntegrityDbContext db, IValidator<ForceSettingsInput> validator) : PageModel
{
    [BindProperty]
    public ForceSettingsInput Input { get; set; } = new();

    public string ForceName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var settings = await FindAsync(id, ct);
        if (settings is null)
        {
            return NotFound();
        }

        ForceName = settings.Force!.Name;
        Input = new ForceSettingsInput
        {
            ProfessionalStandardsName = settings.ProfessionalStandardsName,
            IntegrityContactEmail = settings.IntegrityContactEmail,
            Version = settings.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var settings = await FindAsync(id, ct);
        if (settings is null)
        {
            return NotFound();
        }

        ForceName = settings.Force!.Name;
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        settings.ProfessionalStandardsName = Input.ProfessionalStandardsName.Trim();
        settings.IntegrityContactEmail = string.IsNullOrWhiteSpace(Input.IntegrityContactEmail) ? null : Input.IntegrityContactEmail.Trim();
        if (!await db.TrySaveAsync(settings, Input.Version, ModelState, ct))
        {
            return Page();
        }

        TempData["Confirmation"] = $"Settings for {ForceName} saved";
        return RedirectToPage("Index");
    }

    private Task<ForceSettings?> FindAsync(int id, CancellationToken ct) =>
        db.ForceSettings.Include(s => s.Force).SingleOrDefaultAsync(s => s.ForceId == id, ct);
}

public class ForceSettingsInput
{
    public string ProfessionalStandardsName { get; set; } = string.Empty;
    public string? IntegrityContactEmail { get; set; }
    public int Version { get; set; }
}

public class ForceSettingsInputValidator : AbstractValidator<ForceSettingsInput>
{
    public ForceSettingsInputValidator()
    {
        RuleFor(x => x.ProfessionalStandardsName)
            .NotEmpty().WithMessage("Enter what the force calls its professional standards department")
            .MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(x => x.IntegrityContactEmail)
            .MaximumLength(254).WithMessage("Email address must be 254 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like integrity@force.police.uk")
            .When(x => !string.IsNullOrWhiteSpace(x.IntegrityContactEmail));
    }
}
