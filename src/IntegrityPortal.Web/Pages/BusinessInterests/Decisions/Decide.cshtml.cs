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
/// The decision maker decides an application: approved, approved with conditions, or refused,
/// seeing earlier decisions on similar interests. "Continue" shows the decision to check
/// (handler Check), with "Change" back to the form (handler Change); "Record the decision"
/// records it and leads to its confirmation (<see cref="DecidedModel"/>). Every view is
/// recorded as a consultation. If two people decide at once, the second is told the
/// application changed.
/// </summary>
public class DecideModel(IntegrityDbContext db, AuditLog audit, IValidator<DecisionInput> validator, InterestNotifier notifier) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    // The page of the queue this application was opened from (DecisionListState).
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public DecisionListState List { get; private set; } = DecisionListState.Checked(false, null, new());

    /// <summary>The application after this one in the queue, found by the database.</summary>
    public int? NextId { get; private set; }

    /// <summary>The business interests policy the user must confirm before acting, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }
    public List<BusinessInterest> Similar { get; private set; } = [];

    /// <summary>True when the user reads the application through the force's read-only view, with nothing to decide.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>True when the page shows the decision to check before it is recorded.</summary>
    public bool Checking { get; private set; }

    /// <summary>The user assessed this application, so the workflow will not let them decide it.</summary>
    public bool AssessedByUser => Interest.Steps.Any(s => s.Kind == StepKind.Assessed && s.ByPersonId == GiftUser.PersonId(User));

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<DecisionOutcome>().Select(o => new SelectListItem(o.Describe(), o.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new DecisionInput { Version = Interest.Version };
        await audit.RecordReadAsync(nameof(BusinessInterest), id.ToString(), Interest.ForceId,
            IsReadOnly ? DecisionPages.ReadOnlyJustification : null, ct);
        return Page();
    }

    /// <summary>"Continue": the decision checked as it would be recorded, then shown to check; nothing is saved.</summary>
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

    /// <summary>"Change" on the check: the form again with the decision as it was typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(int id, CancellationToken ct) =>
        await CannotDecideAsync(id, ct) ?? Page();

    /// <summary>"Record the decision": checked again, recorded, then its confirmation.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await CannotDecideAsync(id, ct) is { } answer)
        {
            return answer;
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid
            || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version,
                () => new BusinessInterestWorkflow(db).DecideAsync(Interest, GiftUser.PersonId(User), Input.OutcomeValue!.Value, InterestPages.Clean(Input.Text), ct))
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        return Redirect(List.Href($"/BusinessInterests/Decisions/Decided/{id}"));
    }

    /// <summary>
    /// Loads the application for a post, or answers instead: not found, the user's policy to
    /// confirm first, or (decided by someone else since the form was built) back to the queue
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
        List = DecisionListState.Checked(false, ListPage, ModelState);
        var access = await DecisionPages.AccessAsync(db, User, DecisionPages.AwaitingDecision(db, User), id, ct);
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

public class DecisionInput
{
    public string? Outcome { get; set; }

    /// <summary>The conditions, or the reasons for a refusal, or a note.</summary>
    public string? Text { get; set; }
    public int Version { get; set; }

    public DecisionOutcome? OutcomeValue => Outcome is not null && Enum.GetNames<DecisionOutcome>().Contains(Outcome) ? Enum.Parse<DecisionOutcome>(Outcome) : null;
}

public class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Outcome).Must((i, _) => i.OutcomeValue is not null).WithMessage("Select approved, approved with conditions or refused");
        RuleFor(x => x.Text)
            .Must((i, v) => i.OutcomeValue != DecisionOutcome.ApprovedWithConditions || !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the conditions of the approval")
            .Must((i, v) => i.OutcomeValue != DecisionOutcome.Refused || !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the reasons for the refusal")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The conditions or reasons must be 2000 characters or fewer");
    }
}
