using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Data.Configurations;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

public class StaffingInput
{
    [Display(Name = "Force")]
    public int? ForceId { get; set; }
    [Display(Name = "Date")]
    public DateOnly? AsOn { get; set; }
    public string? Posts { get; set; }
    public string? FullTimeEquivalent { get; set; }
    public string? Note { get; set; }

    public int? PostsValue => int.TryParse((Posts ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public decimal? FteValue =>
        decimal.TryParse((FullTimeEquivalent ?? string.Empty).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}

public class StaffingInputValidator : AbstractValidator<StaffingInput>
{
    public StaffingInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.AsOn)
            .NotNull().WithMessage("Enter the date of the staffing figures")
            .Within(PlausibleDates.StaffingAsOn, clock);
        RuleFor(x => x.Posts)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the number of posts")
            .Must((input, v) => string.IsNullOrWhiteSpace(v) || input.PostsValue is >= 0 and <= 1_000)
            .WithMessage("Enter the number of posts as a whole number from 0 to 1,000");
        RuleFor(x => x.FullTimeEquivalent)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the full-time equivalent, like 5.5")
            .Must((input, v) => string.IsNullOrWhiteSpace(v) || input.FteValue is { } f && f <= 1_000 && decimal.Round(f, 2) == f)
            .WithMessage("Enter the full-time equivalent as a number with up to 2 decimal places, like 5.5")
            .Must((input, _) => input.FteValue is not { } f || input.PostsValue is not { } p || f <= p)
            .WithMessage("The full-time equivalent cannot be more than the number of posts");
        RuleFor(x => x.Note)
            .Must(v => (v ?? string.Empty).Trim().Length <= AcuStaffingConfiguration.NoteLength)
            .WithMessage($"The note must be {AcuStaffingConfiguration.NoteLength} characters or fewer");
    }
}

/// <summary>
/// The anti-corruption unit's staffing: PSD records posts and full-time equivalents at dates,
/// and sees the change from a chosen baseline date to today.
/// </summary>
public class StaffingModel(IntegrityDbContext db, IValidator<StaffingInput> validator) : PageModel
{
    public const int PageSize = 50;

    [BindProperty]
    public StaffingInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Baseline date")]
    public DateOnly? Baseline { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public PagedList<StaffingRow> Rows { get; private set; } = null!;
    public StaffingChange? Change { get; private set; }
    public string? ChangeForceName { get; private set; }

    public sealed record StaffingRow(string ForceName, DateOnly AsOn, int Posts, decimal FullTimeEquivalent, string? Note, string RecordedBy);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.AsOn = db.Clock.Today();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var forceId = InvestigationChoices.Force(Input.ForceId, Forces, ModelState, "Input.ForceId", required: true);
        ModelState.KeepFirstErrorPerField();
        if (ModelState.IsValid && await db.AcuStaffing.AnyAsync(s => s.ForceId == forceId && s.AsOn == Input.AsOn, ct))
        {
            ModelState.AddModelError("Input.AsOn", "Staffing is already recorded for this date: choose another date");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.AcuStaffing.Add(new AcuStaffing
        {
            ForceId = forceId!.Value,
            AsOn = Input.AsOn!.Value,
            Posts = Input.PostsValue!.Value,
            FullTimeEquivalent = Input.FteValue!.Value,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
            RecordedBy = db.Actor.UserName,
            RecordedUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        TempData["Confirmation"] = $"Staffing recorded for {UkFormat.Date(Input.AsOn.Value)}";
        return RedirectToPage("Staffing");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        var rows = db.AcuStaffing.AsNoTracking()
            .OrderBy(s => s.Force!.Name).ThenByDescending(s => s.AsOn)
            .Select(s => new StaffingRow(s.Force!.Name, s.AsOn, s.Posts, s.FullTimeEquivalent, s.Note, s.RecordedBy));
        Rows = await PagedList<StaffingRow>.CreateAsync(rows, PageNumber, PageSize, ct);

        if (Baseline is not { } baseline)
        {
            return;
        }

        var forceId = InvestigationChoices.Force(ForceId, Forces, ModelState, nameof(ForceId), required: true);
        if (baseline > db.Clock.Today())
        {
            ModelState.AddModelError(nameof(Baseline), "The baseline date must be today or in the past");
        }

        if (forceId is { } id && ModelState.IsFieldValid(nameof(Baseline)))
        {
            Change = await StaffingChange.BetweenAsync(db, id, baseline, db.Clock.Today(), ct);
            ChangeForceName = Forces.Single(f => f.Value == id.ToString()).Text;
        }
    }

    public string PageHref(int page) =>
        QueryStrings.With("/Investigations/Staffing", [new("Baseline", Baseline?.ToString("yyyy-MM-dd")), new("ForceId", ForceId?.ToString()),
            new("pageNumber", page == 1 ? null : page.ToString())]);

    public static string Fte(decimal fte) => fte.ToString("0.##", CultureInfo.InvariantCulture);
}
