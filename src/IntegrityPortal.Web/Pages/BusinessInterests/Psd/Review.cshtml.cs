using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>PSD reviews an approved interest: continue it, change its conditions, or revoke it. Every view is recorded as a consultation.</summary>
public class ReviewModel(IntegrityDbContext db, AuditLog audit, IValidator<ReviewDecisionInput> validator, InterestNotifier notifier) : PageModel
{
    [BindProperty]
    public ReviewDecisionInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    /// <summary>The business interests policy the user must confirm before acting, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }

    // PSD's list of reviews this interest was opened from (ReviewListState).
    [BindProperty(SupportsGet = true)]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public ReviewListState List { get; private set; } = new(false, null, null);

    /// <summary>The interest after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<ReviewOutcome>().Select(o => new SelectListItem(o.Describe(), o.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await InterestPages.LoadAsync(db, id, ct) is not { } interest)
        {
            return NotFound();
        }

        Interest = interest;
        await LoadListAsync(ct);
        Input = new ReviewDecisionInput { Version = interest.Version, Conditions = interest.Conditions };
        await audit.RecordReadAsync(nameof(BusinessInterest), id.ToString(), interest.ForceId, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await InterestPages.LoadAsync(db, id, ct) is not { } interest)
        {
            return NotFound();
        }

        Interest = interest;
        await LoadListAsync(ct);
        if (Blocked is not null)
        {
            return Page();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid
            || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version, () => new BusinessInterestWorkflow(db).ReviewAsync(Interest, GiftUser.PersonId(User), Input.OutcomeValue!.Value,
                Input.Notes!.Trim(), InterestPages.Clean(Input.Conditions), ct))
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            Interest = (await InterestPages.LoadAsync(db, id, ct))!;
            NextId = await List.NextAfterAsync(db.BusinessInterests.AsNoTracking(), Interest, db.Clock.Today(), ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        TempData["Confirmation"] = Input.OutcomeValue == ReviewOutcome.Revoke
            ? $"{Interest.Reference} revoked"
            : $"{Interest.Reference} reviewed: next review on {UkFormat.Date(Interest.ReviewDueOn!.Value)}";
        return Redirect(List.ListHref);
    }

    private async Task LoadListAsync(CancellationToken ct)
    {
        Blocked = await PolicyGate.BlockingAsync(db, GiftUser.PersonId(User), PolicySubject.BusinessInterests, ct);
        List = await ReviewListState.CheckedAsync(db, OverdueOnly, ForceId, ListPage, ModelState, ct);
        NextId = await List.NextAfterAsync(db.BusinessInterests.AsNoTracking(), Interest, db.Clock.Today(), ct);
    }
}

public class ReviewDecisionInput
{
    public string? Outcome { get; set; }
    public string? Notes { get; set; }
    public string? Conditions { get; set; }
    public int Version { get; set; }

    public ReviewOutcome? OutcomeValue => Outcome is not null && Enum.GetNames<ReviewOutcome>().Contains(Outcome) ? Enum.Parse<ReviewOutcome>(Outcome) : null;
}

public class ReviewDecisionInputValidator : AbstractValidator<ReviewDecisionInput>
{
    public ReviewDecisionInputValidator()
    {
        RuleFor(x => x.Outcome).Must((i, _) => i.OutcomeValue is not null).WithMessage("Select continue, change the conditions or revoke");
        RuleFor(x => x.Notes)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter a note of the review")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The note must be 2000 characters or fewer");
        RuleFor(x => x.Conditions)
            .Must((i, v) => i.OutcomeValue != ReviewOutcome.ChangeConditions || !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the new conditions")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The conditions must be 2000 characters or fewer")
            // The review's step keeps the note and the new conditions in one comment of 2000 characters.
            .Must((i, v) => i.OutcomeValue != ReviewOutcome.ChangeConditions || (i.Notes ?? string.Empty).Trim().Length + (v ?? string.Empty).Trim().Length <= 1980)
            .WithMessage("The note and the new conditions together must be 1980 characters or fewer");
    }
}
