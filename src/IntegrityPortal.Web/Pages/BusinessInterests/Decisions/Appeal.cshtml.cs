using FluentValidation;
using FluentValidation.AspNetCore;
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

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// The force's appellate role decides an appeal against a refusal. There is one appeal, so its
/// decision is final: "Continue" shows it to check (handler Check), with "Change" back to the
/// form (handler Change); "Record the appeal decision" records it and leads to its confirmation
/// (<see cref="AppealDecidedModel"/>). Every view is recorded as a consultation. If two people
/// decide at once, the second is told the application changed.
/// </summary>
public class AppealModel(IntegrityDbContext db, AuditLog audit, IValidator<AppealDecisionInput> validator, InterestNotifier notifier) : PageModel
{
    [BindProperty]
    public AppealDecisionInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    // The page of the queue this application was opened from (DecisionListState).
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public DecisionListState List { get; private set; } = DecisionListState.Checked(true, null, new());

    /// <summary>The application after this one in the queue, found by the database.</summary>
    public int? NextId { get; private set; }

    /// <summary>The business interests policy the user must confirm before acting, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }
    public List<BusinessInterest> Similar { get; private set; } = [];

    /// <summary>True when the user reads the application through the force's read-only view, with nothing to decide.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>True when the page shows the appeal decision to check before it is recorded.</summary>
    public bool Checking { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<AppealOutcome>().Select(o => new SelectListItem(o.Describe(), o.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new AppealDecisionInput { Version = Interest.Version };
        await audit.RecordReadAsync(nameof(BusinessInterest), id.ToString(), Interest.ForceId,
            IsReadOnly ? DecisionPages.ReadOnlyJustification : null, ct);
        return Page();
    }

    /// <summary>"Continue": the appeal decision checked as it would be recorded, then shown to check; nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (await CannotDecideAsync(id, ct) is { } answer)
        {
            return answer;
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        Checking = ModelState.IsValid;
        return Page();
    }

    /// <summary>"Change" on the check: the form again with the appeal decision as it was typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(int id, CancellationToken ct) =>
        await CannotDecideAsync(id, ct) ?? Page();

    /// <summary>"Record the appeal decision": checked again, recorded, then its confirmation.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await CannotDecideAsync(id, ct) is { } answer)
        {
            return answer;
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid
            || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version,
                () => new BusinessInterestWorkflow(db).DecideAppealAsync(Interest, GiftUser.PersonId(User), Input.OutcomeValue!.Value, Input.Reasons!.Trim(), InterestPages.Clean(Input.Conditions), ct))
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        return Redirect(List.Href($"/BusinessInterests/Decisions/AppealDecided/{id}"));
    }

    /// <summary>
    /// Loads the application for a post, or answers instead: not found, the user's policy to
    /// confirm first, or (decided by someone else since the form was built) back to the appeals
    /// with a notice that does not show the record.
    /// </summary>
    private async Task<IActionResult?> CannotDecideAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || IsReadOnly)
        {
            if (!IsReadOnly && await DecisionPages.ChangedSinceAsync(db, User, id, Input.Version, ct) is { } reference)
            {
                TempData["Notice"] = $"{reference} {DecisionPages.NoLongerAwaiting}";
                return Redirect(List.ListHref);
            }

            return NotFound();
        }

        return Blocked is not null ? Page() : null;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        List = DecisionListState.Checked(true, ListPage, ModelState);
        var access = await DecisionPages.AccessAsync(db, User, DecisionPages.AwaitingAppeal(db, User), id, ct);
        if (access == DecisionPages.Access.None || await InterestPages.LoadAsync(db, id, ct) is not { } interest)
        {
            return false;
        }

        IsReadOnly = access == DecisionPages.Access.ReadOnly;

        Interest = interest;
        Blocked = await PolicyGate.BlockingAsync(db, GiftUser.PersonId(User), PolicySubject.BusinessInterests, ct);
        Similar = await DecisionPages.SimilarAsync(db, interest, ct);
        NextId = await List.NextAfterAsync(db, User, interest, ct);
        return true;
    }
}

public class AppealDecisionInput
{
    public string? Outcome { get; set; }
    public string? Reasons { get; set; }
    public string? Conditions { get; set; }
    public int Version { get; set; }

    public AppealOutcome? OutcomeValue => Outcome is not null && Enum.GetNames<AppealOutcome>().Contains(Outcome) ? Enum.Parse<AppealOutcome>(Outcome) : null;
}

public class AppealDecisionInputValidator : AbstractValidator<AppealDecisionInput>
{
    public AppealDecisionInputValidator()
    {
        RuleFor(x => x.Outcome).Must((i, _) => i.OutcomeValue is not null).WithMessage("Select whether the appeal is upheld or dismissed");
        RuleFor(x => x.Reasons)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the reasons for the appeal decision")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The reasons must be 2000 characters or fewer");
        RuleFor(x => x.Conditions)
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The conditions must be 2000 characters or fewer");
    }
}
