using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IntegrityPortal.Core;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Applications;

/// <summary>
/// The applicant's own application or interest, with every step, and what the applicant can do
/// next: withdraw before a decision, appeal a refusal in time, record that an interest ended.
/// Someone else's application is "not found".
/// </summary>
public class ViewModel(IntegrityDbContext db, InterestNotifier notifier) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    [BindProperty]
    public ApplicantStepInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;
    public ForceSettings Settings { get; private set; } = null!;
    public DateOnly Today => db.Clock.Today();

    public bool CanWithdraw => Interest.Status is InterestStatus.Draft or InterestStatus.AwaitingLineManager or InterestStatus.AwaitingAssessment or InterestStatus.AwaitingDecision;
    public bool CanAppeal => Interest.Status == InterestStatus.Refused && Interest.AppealLodgedOn is null && Today <= AppealDeadline;
    public DateOnly AppealDeadline => BusinessInterestRules.AppealDeadline(Interest.DecidedOn ?? Today, Settings.BusinessInterestAppealDays);
    public bool IsHeld => Interest.Status == InterestStatus.Approved;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new ApplicantStepInput { Version = Interest.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? RedirectToPage("View", new { id }) : NotFound();

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (Input.Text?.Trim().Length > BusinessInterestRules.MaximumTextLength)
        {
            ModelState.AddModelError("Input.Text", $"The reason must be {BusinessInterestRules.MaximumTextLength} characters or fewer");
        }

        return StepAsync(id, () => { new BusinessInterestWorkflow(db).Withdraw(Interest, Me, InterestPages.Clean(Input.Text)); return Task.CompletedTask; },
            "Application withdrawn", ct);
    }

    public Task<IActionResult> OnPostAppealAsync(int id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError("Input.Text", "Enter the grounds of your appeal");
        }
        else if (Input.Text.Trim().Length > BusinessInterestRules.MaximumTextLength)
        {
            ModelState.AddModelError("Input.Text", "The grounds must be 2000 characters or fewer");
        }

        return StepAsync(id, () => new BusinessInterestWorkflow(db).LodgeAppealAsync(Interest, Me, Input.Text!.Trim(), ct), "Appeal lodged", ct);
    }

    public Task<IActionResult> OnPostEndAsync(int id, CancellationToken ct)
    {
        // A date that is not a real one has the binder's message already.
        var endedOn = Input.EndedOn.GetValueOrDefault();
        if (Input.EndedOn is null && ModelState.IsFieldValid("Input.EndedOn"))
        {
            ModelState.AddModelError("Input.EndedOn", "Enter the date the interest ended");
        }
        else if (Input.EndedOn is not null && PlausibleDates.InterestEnd.Check(endedOn, db.Clock.Today()) is { } dateMessage)
        {
            ModelState.AddModelError("Input.EndedOn", dateMessage);
        }

        return StepAsync(id, () => { new BusinessInterestWorkflow(db).RecordEnd(Interest, Me, endedOn); return Task.CompletedTask; }, "The end of the interest is recorded", ct);
    }

    private int? Me => GiftUser.PersonId(User);

    private async Task<IActionResult> StepAsync(int id, Func<Task> step, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version, step) || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        Confirmation = $"{Interest.Reference}: {done}";
        return RedirectToPage("View", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (Me is not { } me || await InterestPages.LoadAsync(db, id, ct, applicantId: me) is not { } interest)
        {
            return false;
        }

        Interest = interest;
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == interest.ForceId, ct);
        return true;
    }
}

public class ApplicantStepInput
{
    /// <summary>The reason for withdrawing, or the grounds of an appeal.</summary>
    public string? Text { get; set; }
    [Display(Name = "The date it ended")]
    public DateOnly? EndedOn { get; set; }
    public int Version { get; set; }
}
