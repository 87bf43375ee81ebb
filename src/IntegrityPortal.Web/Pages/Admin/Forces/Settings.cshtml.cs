using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Forces;

/// <summary>An administrator edits one force's settings. A force outside the user's scope is "not found".</summary>
public class SettingsModel(IntegrityDbContext db, IValidator<ForceSettingsInput> validator) : PageModel
{
    /// <summary>
    /// Posted by the form that asks the yes/no questions as radios. A question it leaves
    /// unanswered is an error; a post without it (a form built before a question existed)
    /// keeps the stored answer of any question it does not carry.
    /// </summary>
    public const string AsksYesNoQuestions = "AsksYesNoQuestions";

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
            RequireTwoFactor = settings.RequireTwoFactor,
            GiftRecordingThreshold = Pounds(settings.GiftRecordingThresholdPence),
            GiftApprovalThreshold = Pounds(settings.GiftApprovalThresholdPence),
            GiftDeclarationDeadlineDays = settings.GiftDeclarationDeadlineDays,
            GiftAnnualValueFlag = Pounds(settings.GiftAnnualValueFlagPence),
            PublishesGiftRegister = settings.PublishesGiftRegister,
            PublicDepartmentMinimumPeople = settings.PublicDepartmentMinimumPeople,
            MediaDepartmentName = settings.MediaDepartmentName,
            GiftPolicyUrl = settings.GiftPolicyUrl,
            MediaAdvanceNoticeRequired = settings.MediaAdvanceNoticeRequired,
            PolicyConfirmationBeforeActing = settings.PolicyConfirmationBeforeActing,
            PolicyEmailReminders = settings.PolicyEmailReminders,
            InterestLineManagerStep = settings.BusinessInterestLineManagerStep,
            InterestDecisionMakerRole = settings.BusinessInterestDecisionMakerRole,
            InterestAppellateRole = settings.BusinessInterestAppellateRole,
            InterestAppealDays = settings.BusinessInterestAppealDays,
            InterestReviewMonths = settings.BusinessInterestReviewMonths,
            DashboardSmallCountThreshold = settings.DashboardSmallCountThreshold,
            InterestDecisionReadOnlyView = settings.BusinessInterestDecisionReadOnlyView,
            ProcurementWindowMonths = settings.ProcurementWindowMonths,
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
        settings.PublishesGiftRegister = Input.PublishesGiftRegister!.Value;
        settings.PublicDepartmentMinimumPeople = Input.PublicDepartmentMinimumPeople!.Value;
        settings.RequireTwoFactor = Input.RequireTwoFactor!.Value;
        settings.MediaDepartmentName = Input.MediaDepartmentName!.Trim();
        settings.GiftPolicyUrl = string.IsNullOrWhiteSpace(Input.GiftPolicyUrl) ? null : Input.GiftPolicyUrl.Trim();
        settings.MediaAdvanceNoticeRequired = Input.MediaAdvanceNoticeRequired!.Value;
        settings.PolicyConfirmationBeforeActing = Input.PolicyConfirmationBeforeActing!.Value;
        settings.PolicyEmailReminders = Input.PolicyEmailReminders!.Value;
        settings.BusinessInterestLineManagerStep = Input.InterestLineManagerStep!.Value;
        settings.BusinessInterestDecisionMakerRole = Input.InterestDecisionMakerRole!;
        settings.BusinessInterestAppellateRole = Input.InterestAppellateRole!;
        settings.BusinessInterestAppealDays = Input.InterestAppealDays!.Value;
        settings.BusinessInterestReviewMonths = Input.InterestReviewMonths!.Value;
        settings.DashboardSmallCountThreshold = Input.DashboardSmallCountThreshold!.Value;
        settings.BusinessInterestDecisionReadOnlyView = Input.InterestDecisionReadOnlyView!.Value;
        settings.ProcurementWindowMonths = Input.ProcurementWindowMonths!.Value;
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
        var asksYesNo = Request.HasFormContentType && Request.Form.ContainsKey(AsksYesNoQuestions);
        bool NotAsked(string field) => !asksYesNo && Absent(field);
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

        if (NotAsked(nameof(Input.RequireTwoFactor)))
        {
            Input.RequireTwoFactor = settings.RequireTwoFactor;
        }

        if (NotAsked(nameof(Input.PublishesGiftRegister)))
        {
            Input.PublishesGiftRegister = settings.PublishesGiftRegister;
        }

        if (Absent(nameof(Input.PublicDepartmentMinimumPeople)))
        {
            Input.PublicDepartmentMinimumPeople = settings.PublicDepartmentMinimumPeople;
        }

        if (Absent(nameof(Input.GiftPolicyUrl)))
        {
            Input.GiftPolicyUrl = settings.GiftPolicyUrl;
        }

        if (Absent(nameof(Input.MediaDepartmentName)))
        {
            Input.MediaDepartmentName = settings.MediaDepartmentName;
        }

        if (NotAsked(nameof(Input.MediaAdvanceNoticeRequired)))
        {
            Input.MediaAdvanceNoticeRequired = settings.MediaAdvanceNoticeRequired;
        }

        if (NotAsked(nameof(Input.PolicyConfirmationBeforeActing)))
        {
            Input.PolicyConfirmationBeforeActing = settings.PolicyConfirmationBeforeActing;
        }

        if (NotAsked(nameof(Input.PolicyEmailReminders)))
        {
            Input.PolicyEmailReminders = settings.PolicyEmailReminders;
        }

        if (Absent(nameof(Input.InterestDecisionMakerRole)))
        {
            // A form without the business-interest route leaves the whole route as it is.
            Input.InterestDecisionMakerRole = settings.BusinessInterestDecisionMakerRole;
        }

        if (NotAsked(nameof(Input.InterestLineManagerStep)))
        {
            Input.InterestLineManagerStep = settings.BusinessInterestLineManagerStep;
        }

        if (NotAsked(nameof(Input.InterestDecisionReadOnlyView)))
        {
            Input.InterestDecisionReadOnlyView = settings.BusinessInterestDecisionReadOnlyView;
        }

        if (Absent(nameof(Input.InterestAppellateRole)))
        {
            Input.InterestAppellateRole = settings.BusinessInterestAppellateRole;
        }

        if (Absent(nameof(Input.InterestAppealDays)))
        {
            Input.InterestAppealDays = settings.BusinessInterestAppealDays;
        }

        if (Absent(nameof(Input.InterestReviewMonths)))
        {
            Input.InterestReviewMonths = settings.BusinessInterestReviewMonths;
        }

        if (Absent(nameof(Input.DashboardSmallCountThreshold)))
        {
            Input.DashboardSmallCountThreshold = settings.DashboardSmallCountThreshold;
        }

        if (Absent(nameof(Input.ProcurementWindowMonths)))
        {
            Input.ProcurementWindowMonths = settings.ProcurementWindowMonths;
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

    /// <summary>PSD, head of PSD, DCC, PCC and administrators must sign in with an authenticator app.</summary>
    public bool? RequireTwoFactor { get; set; }

    /// <summary>Pounds; 0 means every offer is recorded.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Recording threshold")]
    public decimal? GiftRecordingThreshold { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Approval value")]
    public decimal? GiftApprovalThreshold { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Days to declare")]
    public int? GiftDeclarationDeadlineDays { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Annual value flag")]
    public decimal? GiftAnnualValueFlag { get; set; }
    public bool? PublishesGiftRegister { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Smallest department named")]
    public int? PublicDepartmentMinimumPeople { get; set; }

    /// <summary>The department told of media contact, named in the log form.</summary>
    public string? MediaDepartmentName { get; set; }

    /// <summary>The address of the force's gifts and hospitality policy, shown to line managers; optional.</summary>
    public string? GiftPolicyUrl { get; set; }

    public bool? MediaAdvanceNoticeRequired { get; set; }
    public bool? PolicyConfirmationBeforeActing { get; set; }
    public bool? PolicyEmailReminders { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Line manager's view")]
    public bool? InterestLineManagerStep { get; set; }
    public string? InterestDecisionMakerRole { get; set; }
    public string? InterestAppellateRole { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Days to appeal")]
    public int? InterestAppealDays { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Months between reviews")]
    public int? InterestReviewMonths { get; set; }

    public bool? InterestDecisionReadOnlyView { get; set; }

    /// <summary>The smallest count a dashboard breakdown shows (SmallCounts).</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Smallest count shown")]
    public int? DashboardSmallCountThreshold { get; set; }

    /// <summary>Months either side of a contract's award (or a card payment) within which the cross-check raises an offer.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "Cross-check window")]
    public int? ProcurementWindowMonths { get; set; }
    public int Version { get; set; }

    /// <summary>The roles a force may choose to decide business interests or hear appeals.</summary>
    public static readonly IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> InterestRoles =
    [
        new(Core.Security.Roles.DisplayName(Core.Security.Roles.HeadOfPsd), Core.Security.Roles.HeadOfPsd),
        new(Core.Security.Roles.DisplayName(Core.Security.Roles.DeputyChiefConstable), Core.Security.Roles.DeputyChiefConstable),
    ];
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
        YesNo(RuleFor(x => x.RequireTwoFactor), "Select yes if PSD, head of PSD, DCC, PCC and administrators must sign in with an authenticator app");
        Money(RuleFor(x => x.GiftRecordingThreshold), "recording threshold");
        Money(RuleFor(x => x.GiftApprovalThreshold), "approval value");
        RuleFor(x => x.GiftDeclarationDeadlineDays)
            .NotNull().WithMessage("Enter the number of days within which an offer must be declared")
            .InclusiveBetween(1, 365).WithMessage("The days to declare must be between 1 and 365");
        Money(RuleFor(x => x.GiftAnnualValueFlag), "annual value flag");
        RuleFor(x => x.PublicDepartmentMinimumPeople)
            .NotNull().WithMessage("Enter the fewest people a department must hold to be named on the public register")
            .InclusiveBetween(PublicRegisterRules.MinimumDepartmentSize, PublicRegisterRules.MaximumDepartmentSize)
            .WithMessage($"The smallest department named must hold between {PublicRegisterRules.MinimumDepartmentSize} and {PublicRegisterRules.MaximumDepartmentSize:N0} people: fewer would point to a person");
        YesNo(RuleFor(x => x.PublishesGiftRegister), "Select yes if the register is published on the public page");
        RuleFor(x => x.GiftPolicyUrl)
            .Must(v => string.IsNullOrWhiteSpace(v) || (v.Trim().Length <= 500
                && Uri.TryCreate(v.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage("Enter the policy's address starting https://, in 500 characters or fewer, or leave it empty");
        RuleFor(x => x.MediaDepartmentName)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the name of the department told of contact with the media")
            .Must(v => (v ?? string.Empty).Trim().Length <= 100).WithMessage("The department's name must be 100 characters or fewer");
        YesNo(RuleFor(x => x.MediaAdvanceNoticeRequired), "Select yes if pre-arranged contact and visits to media establishments must be logged in advance");
        YesNo(RuleFor(x => x.InterestLineManagerStep), "Select yes if the applicant's line manager gives a view before PSD assesses");
        RuleFor(x => x.InterestDecisionMakerRole)
            .Must(r => ForceSettingsInput.InterestRoles.Any(i => i.Value == r)).WithMessage("Select who decides business interest applications");
        RuleFor(x => x.InterestAppellateRole)
            .Must(r => ForceSettingsInput.InterestRoles.Any(i => i.Value == r)).WithMessage("Select who decides appeals")
            .Must((i, r) => r != i.InterestDecisionMakerRole).WithMessage("Appeals must be decided by a different role from the one that decides applications");
        RuleFor(x => x.InterestAppealDays)
            .NotNull().WithMessage("Enter the number of days within which a refusal may be appealed")
            .InclusiveBetween(1, 365).WithMessage("The days to appeal must be between 1 and 365");
        RuleFor(x => x.InterestReviewMonths)
            .NotNull().WithMessage("Enter the number of months between reviews")
            .InclusiveBetween(1, 60).WithMessage("The months between reviews must be between 1 and 60");
        YesNo(RuleFor(x => x.InterestDecisionReadOnlyView), "Select yes if those who decide applications and appeals may also read the force's other applications");
        YesNo(RuleFor(x => x.PolicyConfirmationBeforeActing), "Select yes if those who review or decide a register's records must first confirm the current version of its policy");
        YesNo(RuleFor(x => x.PolicyEmailReminders), "Select yes if people are emailed when they have a policy to read");
        RuleFor(x => x.DashboardSmallCountThreshold)
            .NotNull().WithMessage("Enter the smallest count shown in a breakdown, a whole number from 3 to 20")
            .InclusiveBetween(SmallCounts.LowestThreshold, SmallCounts.HighestThreshold)
            .WithMessage($"The smallest count shown must be between {SmallCounts.LowestThreshold} and {SmallCounts.HighestThreshold}");
        RuleFor(x => x.ProcurementWindowMonths)
            .NotNull().WithMessage($"Enter the cross-check window in months, a whole number from {ProcurementRules.MinimumWindowMonths} to {ProcurementRules.MaximumWindowMonths}")
            .InclusiveBetween(ProcurementRules.MinimumWindowMonths, ProcurementRules.MaximumWindowMonths)
            .WithMessage($"The cross-check window must be between {ProcurementRules.MinimumWindowMonths} and {ProcurementRules.MaximumWindowMonths} months");
    }

    private static void YesNo(IRuleBuilderInitial<ForceSettingsInput, bool?> rule, string message) =>
        rule.NotNull().WithMessage(message);

    private static void Money(IRuleBuilderInitial<ForceSettingsInput, decimal?> rule, string name)
    {
        rule.NotNull().WithMessage($"Enter the {name} in pounds, for example 50 or 25.50")
            .GreaterThanOrEqualTo(0).WithMessage($"The {name} must be £0 or more")
            .LessThanOrEqualTo(GiftRules.MaximumValuePence / 100m).WithMessage($"The {name} must be £1,000,000 or less")
            .Must(v => v is null || decimal.Round(v.Value, 2) == v.Value).WithMessage($"Enter the {name} in pounds and pence, for example 25.50");
    }
}
