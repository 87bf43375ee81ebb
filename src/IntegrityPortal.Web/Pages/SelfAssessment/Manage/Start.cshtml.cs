using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments.Manage;

/// <summary>The head of PSD or the DCC starts an assessment of their force against the newest checklist.</summary>
public class StartModel(IntegrityDbContext db, IValidator<StartModel.StartInput> validator) : PageModel
{
    public sealed class StartInput
    {
        public string? Title { get; set; }

        [Display(Name = "The date the assessment started")]
        public DateOnly? StartedOn { get; set; }
    }

    public sealed class StartInputValidator : AbstractValidator<StartInput>
    {
        public StartInputValidator(TimeProvider clock)
        {
            RuleFor(x => x.Title)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter a title for the assessment")
                .Must(v => (v ?? string.Empty).Trim().Length <= SelfAssessmentRules.TitleLength).WithMessage($"The title must be {SelfAssessmentRules.TitleLength} characters or fewer");
            RuleFor(x => x.StartedOn).NotNull().WithMessage("Enter the date the assessment started").Within(PlausibleDates.AssessmentStarted, clock);
        }
    }

    [BindProperty]
    public StartInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        Input.Title = $"Integrity self-assessment {db.Clock.Today().Year}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (await db.Assessments.AnyAsync(a => a.ForceId == forceId && a.Status == AssessmentStatus.InProgress, ct))
        {
            // One at a time: a second click, or a second assessment, would split the force's answers.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(StartInput.Title)}", "The force already has an assessment in progress: complete it before starting another");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assessment = await new SelfAssessmentWorkflow(db).StartAsync(forceId, Input.Title!.Trim(), Input.StartedOn!.Value, ct);
        await db.SaveChangesAsync(ct);
        TempData[SelfAssessmentPages.ConfirmationKey] = $"Assessment ‘{assessment.Title}’ started: rate each item and add the actions it needs.";
        return Redirect($"/SelfAssessment/View/{assessment.Id}");
    }
}
