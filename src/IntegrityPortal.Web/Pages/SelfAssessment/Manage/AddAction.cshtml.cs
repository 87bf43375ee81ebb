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

/// <summary>Adds an action against an item: what is to be done, its owner (a person of the force) and its due date.</summary>
public class AddActionModel(IntegrityDbContext db, IValidator<AddActionModel.ActionInput> validator) : PageModel
{
    public sealed class ActionInput
    {
        public string? Description { get; set; }

        /// <summary>The owner's collar or staff number.</summary>
        public string? Owner { get; set; }

        [Display(Name = "The due date")]
        public DateOnly? DueOn { get; set; }
    }

    public sealed class ActionInputValidator : AbstractValidator<ActionInput>
    {
        public ActionInputValidator(TimeProvider clock)
        {
            RuleFor(x => x.Description)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what is to be done")
                .Must(v => (v ?? string.Empty).Trim().Length <= SelfAssessmentRules.ActionLength).WithMessage($"The action must be {SelfAssessmentRules.ActionLength:N0} characters or fewer");
            RuleFor(x => x.Owner)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the collar or staff number of the action's owner")
                .Must(v => (v ?? string.Empty).Trim().Length <= 20).WithMessage("The owner's number must be 20 characters or fewer");
            RuleFor(x => x.DueOn).NotNull().WithMessage("Enter the due date").Within(PlausibleDates.ActionDue, clock);
        }
    }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public AssessmentAnswer Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

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

        try
        {
            await new SelfAssessmentWorkflow(db).AddActionAsync(Answer, Input.Description!, Input.Owner!, Input.DueOn!.Value, ct);
        }
        catch (SelfAssessmentRuleException e)
        {
            ModelState.AddModelError($"{nameof(Input)}.{e.Field}", e.Message);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        TempData[SelfAssessmentPages.ConfirmationKey] = $"Action added to item {Answer.TemplateItem!.Number}.";
        return Redirect($"/SelfAssessment/View/{Answer.AssessmentId}#item-{Answer.TemplateItem.Number}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var answer = await db.AssessmentAnswers.Include(a => a.Assessment).Include(a => a.TemplateItem).SingleOrDefaultAsync(a => a.Id == id, ct);
        Answer = answer!;
        // An alliance partner's assessment is read, not written: as good as not there.
        return answer is not null && SelfAssessmentPages.MayWrite(User, db.Actor, answer.ForceId);
    }
}
