using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
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
            GiftRecordingThreshold = Pounds(settings.GiftRecordingThresholdPence),
            GiftApprovalThreshold = Pounds(settings.GiftApprovalThresholdPence),
            GiftDeclarationDeadlineDays = settings.GiftDeclarationDeadlineDays,
            GiftAnnualValueFlag = Pounds(settings.GiftAnnualValueFlagPence),
            PublishesGiftRegister = settings.PublishesGiftRegister,
            MediaDepartmentName = settings.MediaDepartmentName,
            MediaAdvanceNoticeRequired = settings.MediaAdvanceNoticeRequired,
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
        KeepRegisterSettingsNotInForm(settings);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        settings.ProfessionalStandardsName = Input.ProfessionalStandardsName.Trim();
        settings.IntegrityContactEmail = string.IsNullOrWhiteSpace(Input.IntegrityContactEmail) ? null : Input.IntegrityContactEmail.Trim();
        settings.GiftRecordingThresholdPence = Pence(Input.GiftRecordingThreshold!.Value);
        settings.GiftApprovalThresholdPence = Pence(Input.GiftApprovalThreshold!.Value);
        settings.GiftDeclarationDeadlineDays = Input.GiftDeclarationDeadlineDays!.Value;
        settings.GiftAnnualValueFlagPence = Pence(Input.GiftAnnualValueFlag!.Value);
        settings.PublishesGiftRegister = Input.PublishesGiftRegister;
        settings.MediaDepartmentName = Input.MediaDepartmentName!.Trim();
        settings.MediaAdvanceNoticeRequired = Input.MediaAdvanceNoticeRequired;
        if (!await db.TrySaveAsync(settings, Input.Version, ModelState, ct))
        {
            return Page();
        }

        TempData["Confirmation"] = $"Settings for {ForceName} saved";
        return RedirectToPage("Index");
    }

    /// <summary>
    /// A form posted without the register's fields (one built before they existed) leaves
    /// them as they are; a field that is in the form but empty is an error.
    /// </summary>
    private void KeepRegisterSettingsNotInForm(ForceSettings settings)
    {
        bool Absent(string field) => !Request.HasFormContentType || !Request.Form.ContainsKey($"{nameof(Input)}.{field}");
        if (Absent(nameof(Input.GiftRecordingThreshold)))
        {
            Input.GiftRecordingThreshold = Pounds(settings.GiftRecordingThresholdPence);
        }

        if (Absent(nameof(Input.GiftApprovalThreshold)))
        {
            Input.GiftApprovalThreshold = Pounds(settings.GiftApprovalThresholdPence);
        }

        if (Absent(nameof(Input.GiftDeclarationDeadlineDays)))
        {
            Input.GiftDeclarationDeadlineDays = settings.GiftDeclarationDeadlineDays;
        }

        if (Absent(nameof(Input.GiftAnnualValueFlag)))
        {
            Input.GiftAnnualValueFlag = Pounds(settings.GiftAnnualValueFlagPence);
        }

        if (Absent(nameof(Input.PublishesGiftRegister)))
        {
            Input.PublishesGiftRegister = settings.PublishesGiftRegister;
        }

        if (Absent(nameof(Input.MediaDepartmentName)))
        {
            Input.MediaDepartmentName = settings.MediaDepartmentName;
        }

        if (Absent(nameof(Input.MediaAdvanceNoticeRequired)))
        {
            Input.MediaAdvanceNoticeRequired = settings.MediaAdvanceNoticeRequired;
        }
    }

    private static decimal Pounds(long pence) => pence / 100m;

    private static long Pence(decimal pounds) => (long)decimal.Round(pounds * 100m, 0, MidpointRounding.AwayFromZero);

    private Task<ForceSettings?> FindAsync(int id, CancellationToken ct) =>
        db.ForceSettings.Include(s => s.Force).SingleOrDefaultAsync(s => s.ForceId == id, ct);
}

public class ForceSettingsInput
{
    public string ProfessionalStandardsName { get; set; } = string.Empty;
    public string? IntegrityContactEmail { get; set; }

    /// <summary>Pounds; 0 means every offer is recorded.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Recording threshold")]
    public decimal? GiftRecordingThreshold { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Approval value")]
    public decimal? GiftApprovalThreshold { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Days to declare")]
    public int? GiftDeclarationDeadlineDays { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Annual value flag")]
    public decimal? GiftAnnualValueFlag { get; set; }
    public bool PublishesGiftRegister { get; set; }

    /// <summary>The department told of media contact, named in the log form.</summary>
    public string? MediaDepartmentName { get; set; }

    public bool MediaAdvanceNoticeRequired { get; set; }
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
        Money(RuleFor(x => x.GiftRecordingThreshold), "recording threshold");
        Money(RuleFor(x => x.GiftApprovalThreshold), "approval value");
        RuleFor(x => x.GiftDeclarationDeadlineDays)
            .NotNull().WithMessage("Enter the number of days within which an offer must be declared")
            .InclusiveBetween(1, 365).WithMessage("The days to declare must be between 1 and 365");
        Money(RuleFor(x => x.GiftAnnualValueFlag), "annual value flag");
        RuleFor(x => x.MediaDepartmentName)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the name of the department told of contact with the media")
            .Must(v => (v ?? string.Empty).Trim().Length <= 100).WithMessage("The department's name must be 100 characters or fewer");
    }

    private static void Money(IRuleBuilderInitial<ForceSettingsInput, decimal?> rule, string name)
    {
        rule.NotNull().WithMessage($"Enter the {name} in pounds, for example 50 or 25.50")
            .GreaterThanOrEqualTo(0).WithMessage($"The {name} must be £0 or more")
            .LessThanOrEqualTo(GiftRules.MaximumValuePence / 100m).WithMessage($"The {name} must be £1,000,000 or less")
            .Must(v => v is null || decimal.Round(v.Value, 2) == v.Value).WithMessage($"Enter the {name} in pounds and pence, for example 25.50");
    }
}
