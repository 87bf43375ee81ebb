using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// The media department flags a published article as a suspected leak, which refers it to PSD.
/// The outlet is one of the force's organisations, or added here. Bad input is answered beside
/// each field and nothing is written.
/// </summary>
public class FlagArticleModel(IntegrityDbContext db, IValidator<FlagArticleInput> validator) : PageModel
{
    [BindProperty]
    public FlagArticleInput Input { get; set; } = new();

    public string DepartmentName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return NotFound();
        }

        await LoadFormAsync(forceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return NotFound();
        }

        await LoadFormAsync(forceId, ct);
        Input.OutletId = await OrganisationPicker.ResolveAsync(db, forceId, Input.OutletId, Input.OutletName, Input.HasNewOutlet,
            ModelState, $"{nameof(Input)}.{nameof(FlagArticleInput.OutletId)}", "Select an outlet or add a new one, not both", "outlet", ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        const string outletKey = $"{nameof(Input)}.{nameof(FlagArticleInput.OutletId)}";
        if (ModelState.IsFieldValid(outletKey) && Input.OutletId is { } outletId
            && !await db.Organisations.AnyAsync(o => o.Id == outletId && o.ForceId == forceId, ct))
        {
            ModelState.AddModelError(outletKey, MediaWorkflow.OutletNotFound);
        }

        const string publishedKey = $"{nameof(Input)}.{nameof(FlagArticleInput.PublishedOn)}";
        if (ModelState.IsFieldValid(publishedKey) && Input.PublishedOnValue > db.Clock.Today())
        {
            ModelState.AddModelError(publishedKey, "The date the article was published cannot be in the future");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        SuspectedLeak leak;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                var outlet = Input.HasNewOutlet
                    ? await OrganisationDirectory.FindOrAddAsync(db, forceId, Input.NewOutletName!, null, ct)
                    : Input.OutletId!.Value;
                leak = await new MediaWorkflow(db).FlagArticleAsync(forceId, new ArticleDetails
                {
                    OutletId = outlet,
                    JournalistName = Input.JournalistName,
                    Title = Input.Title!,
                    PublishedOn = Input.PublishedOnValue!.Value,
                    Url = Input.Url,
                    Reason = Input.Reason!,
                }, ct);
                await db.SaveChangesAsync(ct);
            }
            catch (MediaWorkflowException e)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        return RedirectToPage("Flagged", new { id = leak.Id });
    }

    private async Task LoadFormAsync(int forceId, CancellationToken ct)
    {
        DepartmentName = await OfficePage.DepartmentNameAsync(db, ct);
    }
}

public class FlagArticleInput
{
    [Display(Name = "Outlet")]
    public int? OutletId { get; set; }

    /// <summary>The outlet's name as typed or chosen in the picker; matched exactly when no id came with it.</summary>
    public string? OutletName { get; set; }

    public string? NewOutletName { get; set; }
    public string? JournalistName { get; set; }
    public string? Title { get; set; }
    [Display(Name = "The date the article was published")]
    public DateOnly? PublishedOn { get; set; }
    public string? Url { get; set; }
    public string? Reason { get; set; }

    public DateOnly? PublishedOnValue => PublishedOn;

    public bool HasNewOutlet => !string.IsNullOrWhiteSpace(NewOutletName);
}

public class FlagArticleInputValidator : AbstractValidator<FlagArticleInput>
{
    public FlagArticleInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.OutletId)
            .Must((input, id) => id is not null || input.HasNewOutlet).WithMessage("Select the outlet that published the article, or add a new one")
            .Must((input, id) => id is null || !input.HasNewOutlet).WithMessage("Select an outlet or add a new one, not both");
        RuleFor(x => x.NewOutletName)
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The outlet's name must be 200 characters or fewer");
        RuleFor(x => x.JournalistName)
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The journalist's name must be 200 characters or fewer");
        RuleFor(x => x.Title)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the article's headline")
            .Must(v => (v ?? string.Empty).Trim().Length <= 300).WithMessage("The headline must be 300 characters or fewer");
        RuleFor(x => x.PublishedOn)
            .Must(v => v is not null).WithMessage("Enter the date the article was published")
            .Within(PlausibleDates.ArticlePublished, clock, input => input.PublishedOnValue);
        RuleFor(x => x.Url)
            .Must(v => (v ?? string.Empty).Trim().Length <= 500).WithMessage("The web address must be 500 characters or fewer")
            .Must(v => string.IsNullOrWhiteSpace(v) || Uri.TryCreate(v.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage("Enter the web address in full, starting with https://");
        RuleFor(x => x.Reason)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(MediaWorkflow.ReasonNeeded)
            .Must(v => (v ?? string.Empty).Trim().Length <= ViewModel.MaximumReasonLength).WithMessage("The reason must be 4000 characters or fewer");
    }
}
