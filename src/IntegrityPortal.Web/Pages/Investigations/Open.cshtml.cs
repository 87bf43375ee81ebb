using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
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

    /// <summary>The collar or staff number of the person the case concerns, if known when it is opened.</summary>
    public string? PersonNumber { get; set; }

    /// <summary>The press office's flag the case is opened from, if any, and its version when the form was built.</summary>
    public int? LeakId { get; set; }
    public int LeakVersion { get; set; }
}

public class OpenInputValidator : AbstractValidator<OpenInput>
{
    public OpenInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Category).Must(c => c is { } v && Enum.IsDefined(v)).WithMessage("Select the category of the case");
        RuleFor(x => x.Origin).Must(o => o is { } v && Enum.IsDefined(v)).WithMessage("Select how the case arose");
        RuleFor(x => x.OpenedOn).NotNull().WithMessage("Enter the date the case was opened").Within(PlausibleDates.CaseOpened, clock);
        RuleFor(x => x.Summary)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter a summary of the case")
            .Must(v => (v ?? string.Empty).Trim().Length <= InvestigationWorkflow.SummaryMaximum)
            .WithMessage($"The summary must be {InvestigationWorkflow.SummaryMaximum:N0} characters or fewer");
        RuleFor(x => x.PersonNumber)
            .Must(v => (v ?? string.Empty).Trim().Length <= 20).WithMessage("The number must be 20 characters or fewer");
    }
}

/// <summary>
/// PSD opens a case, from scratch or from a press office flag of a suspected leak (the flag's
/// force, category, origin and the person who logged the flagged contact offered, each of which
/// PSD may change; the flagged contact linked, the flag answered). Bad input is answered beside
/// each field and nothing is written.
/// </summary>
public class OpenModel(IntegrityDbContext db, IValidator<OpenInput> validator) : PageModel
{
    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public SuspectedLeak? Leak { get; private set; }

    /// <summary>Who logged the flagged contact, by name and rank or grade, said beside the person field.</summary>
    public string? ContactLoggedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? leakId, CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        Input.OpenedOn = db.Clock.Today();
        if (leakId is null)
        {
            return Page();
        }

        if (await LoadLeakAsync(leakId, ct) is not { } leak)
        {
            return NotFound();
        }

        Input.LeakId = leak.Id;
        Input.LeakVersion = leak.Version;
        Input.ForceId = leak.ForceId;
        Input.Category = InvestigationCategory.InappropriateDisclosureToMedia;
        Input.Origin = InvestigationOrigin.PressOfficeFlag;
        if (leak.MediaContact is { } contact)
        {
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == contact.PersonId, ct);
            Input.PersonNumber = person.Number;
            ContactLoggedBy = person.NameAndRankOrGrade;
        }

        var about = leak.ArticleTitle is { } title ? $"article \"{title}\" in {leak.OutletName}" : $"contact with {leak.OutletName}";
        Input.Summary = $"Suspected leak flagged by the press office ({leak.Reference}, {about}): {leak.Reason}";
        if (Input.Summary.Length > InvestigationWorkflow.SummaryMaximum)
        {
            Input.Summary = Input.Summary[..InvestigationWorkflow.SummaryMaximum];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        if (Input.LeakId is not null && await LoadLeakAsync(Input.LeakId, ct) is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        // A case opened from a flag belongs to the flag's force, whatever the form says.
        var forceId = Leak is { } flag ? flag.ForceId : InvestigationChoices.Force(Input.ForceId, Forces, ModelState, "Input.ForceId", required: true);
        ModelState.ReplaceErrors("Input.Category", "Select the category of the case");
        ModelState.ReplaceErrors("Input.Origin", "Select how the case arose");
        ModelState.KeepFirstErrorPerField();
        int? personId = null;
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(Input.PersonNumber))
        {
            var number = Input.PersonNumber.Trim();
            personId = await db.People.Where(p => p.ForceId == forceId && p.Number == number).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
            if (personId is null)
            {
                ModelState.AddModelError("Input.PersonNumber", "There is no one with that number in the case's force");
            }
        }

        if (!ModelState.IsValid)
        {
            await DescribeContactAsync(ct);
            return Page();
        }

        Investigation investigation;
        try
        {
            if (Leak is { } leak)
            {
                investigation = await new SuspectedLeaks(db).OpenCaseAsync(leak, Input.Category!.Value, Input.Origin!.Value, Input.OpenedOn!.Value, Input.Summary!, ct);
                await AddPersonAsync(investigation, personId, ct);
                if (!await db.TrySaveAsync(leak, Input.LeakVersion, ModelState, ct))
                {
                    db.ChangeTracker.Clear();
                    return Page();
                }
            }
            else
            {
                investigation = await new InvestigationWorkflow(db).OpenAsync(forceId!.Value, Input.Category!.Value, Input.Origin!.Value, Input.OpenedOn!.Value, Input.Summary!, ct);
                await AddPersonAsync(investigation, personId, ct);
                await db.SaveChangesAsync(ct);
            }
        }
        catch (InvestigationRuleException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(e.Field is "Category" or "Origin" or "OpenedOn" or "Summary" ? $"Input.{e.Field}" : e.Field == "PersonId" ? "Input.PersonNumber" : string.Empty, e.Message);
            await DescribeContactAsync(ct);
            return Page();
        }
        catch (DbUpdateException)
        {
            // Another case of the force took the same number at the same moment.
            ModelState.AddModelError(string.Empty, "The case could not be numbered because another was opened at the same moment. Open it again");
            return Page();
        }

        return RedirectToPage("Opened", new { id = investigation.Id });
    }

    private async Task AddPersonAsync(Investigation investigation, int? personId, CancellationToken ct)
    {
        if (personId is { } id)
        {
            await new InvestigationWorkflow(db).AddPersonAsync(investigation, id, ct);
        }
    }

    private async Task DescribeContactAsync(CancellationToken ct) =>
        ContactLoggedBy = Leak?.MediaContact is { } contact
            ? (await db.People.AsNoTracking().SingleAsync(p => p.Id == contact.PersonId, ct)).NameAndRankOrGrade
            : null;

    private async Task<SuspectedLeak?> LoadLeakAsync(int? leakId, CancellationToken ct) =>
        Leak = await db.SuspectedLeaks.Include(l => l.MediaContact).SingleOrDefaultAsync(l => l.Id == leakId, ct);
}
