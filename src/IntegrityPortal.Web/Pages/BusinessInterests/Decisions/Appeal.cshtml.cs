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

/// <summary>The force's appellate role decides an appeal against a refusal. Every view is recorded as a consultation.</summary>
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

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || IsReadOnly)
        {
            // Decided by someone else since this user's form was built: say so, without showing the record.
            if (!IsReadOnly && await DecisionPages.ChangedSinceAsync(db, User, id, Input.Version, ct) is { } reference)
            {
                TempData["Notice"] = $"{reference} {DecisionPages.NoLongerAwaiting}";
                return Redirect(List.ListHref);
            }

            return NotFound();
        }

        if (Blocked is not null)
        {
            return Page();
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
        TempData["Confirmation"] = $"{Interest.Reference}: {Input.OutcomeValue!.Value.Describe().ToLowerInvariant()}";
        return Redirect(List.ListHref);
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
