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

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>The form of a decision or an appeal decision: the application's version it was built on.</summary>
public interface IDecisionInput
{
    int Version { get; set; }
}

/// <summary>
/// What the decision and the appeal pages share. The form is shown with earlier decisions on
/// similar interests; "Continue" shows it to check (handler Check), with "Change" back to the
/// form (handler Change); the last button records it and leads to its confirmation. Every view
/// is recorded as a consultation. If two people decide at once, the second is told the
/// application changed. Each page says which queue it serves, how it records, and where it ends.
/// </summary>
public abstract class DecisionPageModel<TInput>(IntegrityDbContext db, AuditLog audit, IValidator<TInput> validator, InterestNotifier notifier) : PageModel
    where TInput : class, IDecisionInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    // The page of the queue this application was opened from (DecisionListState).
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    // Set by LoadAsync before any handler reads it.
    public DecisionListState List { get; private set; } = null!;

    /// <summary>The application after this one in the queue, found by the database.</summary>
    public int? NextId { get; private set; }

    /// <summary>The business interests policy the user must confirm before acting, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }
    public List<BusinessInterest> Similar { get; private set; } = [];

    /// <summary>True when the user reads the application through the force's read-only view, with nothing to decide.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>True when the page shows the decision to check before it is recorded.</summary>
    public bool Checking { get; private set; }

    /// <summary>True for the appeals queue, false for the decisions queue.</summary>
    protected abstract bool Appeals { get; }

    /// <summary>Records the valid <see cref="Input"/> on <see cref="Interest"/> through the workflow.</summary>
    protected abstract Task RecordAsync(BusinessInterestWorkflow workflow, int? personId, CancellationToken ct);

    /// <summary>The confirmation page of the recorded decision.</summary>
    protected abstract string DecidedPath(int id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new TInput { Version = Interest.Version };
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

    /// <summary>The last button: checked again, recorded, then its confirmation.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await CannotDecideAsync(id, ct) is { } answer)
        {
            return answer;
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid
            || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version,
                () => RecordAsync(new BusinessInterestWorkflow(db), GiftUser.PersonId(User), ct))
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        return Redirect(List.Href(DecidedPath(id)));
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
        List = DecisionListState.Checked(Appeals, ListPage, ModelState);
        var access = await DecisionPages.AccessAsync(db, User, List.Matching(db, User), id, ct);
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
