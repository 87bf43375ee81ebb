using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

public class OpenInput
{
    [Display(Name = "Force")]
    public int? ForceId { get; set; }
    [Display(Name = "Category")]
    public InvestigationCategory? Category { get; set; }
    [Display(Name = "How it arose")]
    public InvestigationOrigin? Origin { get; set; }
    [Display(Name = "Date opened")]
    public DateOnly? OpenedOn { get; set; }
    public string? Summary { get; set; }
}

public class OpenInputValidator : AbstractValidator<OpenInput>
{
    public OpenInputValidator()
    {
        RuleFor(x => x.Category).Must(c => c is { } v && Enum.IsDefined(v)).WithMessage("Select the category of the case");
        RuleFor(x => x.Origin).Must(o => o is { } v && Enum.IsDefined(v)).WithMessage("Select how the case arose");
        RuleFor(x => x.OpenedOn).NotNull().WithMessage("Enter the date the case was opened");
        RuleFor(x => x.Summary)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter a summary of the case")
            .Must(v => (v ?? string.Empty).Trim().Length <= InvestigationWorkflow.SummaryMaximum)
            .WithMessage($"The summary must be {InvestigationWorkflow.SummaryMaximum:N0} characters or fewer");
    }
}

/// <summary>PSD opens a case. Bad input is answered beside each field and nothing is written.</summary>
public class OpenModel(IntegrityDbContext db, IValidator<OpenInput> validator) : PageModel
{
    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        Input.OpenedOn = db.Clock.Today();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var forceId = InvestigationChoices.Force(Input.ForceId, Forces, ModelState, "Input.ForceId", required: true);
        ModelState.ReplaceErrors("Input.Category", "Select the category of the case");
        ModelState.ReplaceErrors("Input.Origin", "Select how the case arose");
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Investigation investigation;
        try
        {
            investigation = await new InvestigationWorkflow(db).OpenAsync(forceId!.Value, Input.Category!.Value, Input.Origin!.Value, Input.OpenedOn!.Value, Input.Summary!, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (InvestigationRuleException e)
        {
            ModelState.AddModelError($"Input.{e.Field}", e.Message);
            return Page();
        }
        catch (DbUpdateException)
        {
            // Another case of the force took the same number at the same moment.
            ModelState.AddModelError(string.Empty, "The case could not be numbered because another was opened at the same moment. Open it again");
            return Page();
        }

        TempData["Confirmation"] = $"Case {investigation.Reference} opened";
        return RedirectToPage("View", new { id = investigation.Id });
    }
}
