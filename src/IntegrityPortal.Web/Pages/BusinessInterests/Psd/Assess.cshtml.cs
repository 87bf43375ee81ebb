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

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>
/// One application in full for PSD, with the risk factors it shows, and the assessment form
/// while it awaits assessment. Every view is recorded as a consultation.
/// </summary>
public class AssessModel(IntegrityDbContext db, AuditLog audit, IValidator<AssessmentInput> validator, InterestNotifier notifier) : PageModel
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    /// <summary>The business interests policy the user must confirm before acting, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }

    // PSD's list this application was opened from: its applications (InterestListState), or
    // the refusals for the integrity board when a period is given (RefusalListState).
    [BindProperty(SupportsGet = true)]
    public InterestStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public ListState List { get; private set; } = new InterestListState(null, null, null);

    /// <summary>Opened from the refusals: the back link says so.</summary>
    public bool FromRefusals => List is RefusalListState;

    /// <summary>The application after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> Ratings =
        Enum.GetValues<RiskRating>().Select(r => new SelectListItem(r.ToString(), r.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Checks =
        Enum.GetValues<AssessmentChecks>().Where(c => c != AssessmentChecks.None).Select(c => new SelectListItem(c.Describe(), c.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await InterestPages.LoadAsync(db, id, ct) is not { } interest)
        {
            return NotFound();
        }

        Interest = interest;
        await LoadListAsync(ct);
        Input = new AssessmentInput { Version = interest.Version, Checks = PreTicked(interest.PreFlags) };
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
            || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version, () => new BusinessInterestWorkflow(db).AssessAsync(Interest, GiftUser.PersonId(User), Input.RatingValue!.Value, Input.ChecksValue, Input.Reasons!.Trim(), ct))
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            Interest = (await InterestPages.LoadAsync(db, id, ct))!;
            NextId = await NextAsync(ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        TempData["Confirmation"] = $"{Interest.Reference} assessed as {Input.RatingValue!.Value.ToString().ToLowerInvariant()} risk: it now awaits the decision";
        return Redirect(List.ListHref);
    }

    private async Task LoadListAsync(CancellationToken ct)
    {
        Blocked = await PolicyGate.BlockingAsync(db, GiftUser.PersonId(User), PolicySubject.BusinessInterests, ct);
        if (await RefusalListState.CheckedAsync(db, Request.Query, From, To, ForceId, ListPage, ModelState, ct) is { } refusals)
        {
            ListState.RemoveListKeys(ModelState, k => k is "Status");
            List = refusals;
        }
        else
        {
            List = await InterestListState.CheckedAsync(db, Status, ForceId, ListPage, ModelState, ct);
        }

        NextId = await NextAsync(ct);
    }

    private Task<int?> NextAsync(CancellationToken ct) => List switch
    {
        RefusalListState refusals => refusals.NextAfterAsync(db.BusinessInterests.AsNoTracking(), Interest, ct),
        InterestListState applications => applications.NextAfterAsync(db.BusinessInterests.AsNoTracking(), Interest, ct),
        _ => Task.FromResult<int?>(null),
    };

    /// <summary>The checklist items the application's own risk factors point to.</summary>
    private static List<string> PreTicked(PreFlags flags)
    {
        var ticked = new List<AssessmentChecks>();
        if (flags.HasFlag(PreFlags.HoursAboveLimit))
        {
            ticked.Add(AssessmentChecks.HoursAboveWorkingTimeLimit);
        }

        if (flags.HasFlag(PreFlags.RiskyKindOfWork))
        {
            ticked.Add(AssessmentChecks.PrivateInvestigationSecurityOrLicensed);
        }

        if (flags.HasFlag(PreFlags.UsesPoliceSkills))
        {
            ticked.Add(AssessmentChecks.UseOfPoliceInformation);
        }

        if (flags.HasFlag(PreFlags.SupplierToForce))
        {
            ticked.Add(AssessmentChecks.ConflictWithDuties);
        }

        return ticked.Select(c => c.ToString()).ToList();
    }
}

public class AssessmentInput
{
    public string? Rating { get; set; }
    public List<string> Checks { get; set; } = [];
    public string? Reasons { get; set; }
    public int Version { get; set; }

    /// <summary>The ticked items as flags; read only once the validator has accepted them.</summary>
    public AssessmentChecks ChecksValue => Checks.Aggregate(AssessmentChecks.None, (all, c) => all | Enum.Parse<AssessmentChecks>(c));

    public RiskRating? RatingValue => Rating is not null && Enum.GetNames<RiskRating>().Contains(Rating) ? Enum.Parse<RiskRating>(Rating) : null;
}

public class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public AssessmentInputValidator()
    {
        RuleFor(x => x.Rating).Must((i, _) => i.RatingValue is not null).WithMessage("Select the risk rating: low, medium or high");
        RuleFor(x => x.Checks)
            .Must(c => c.All(v => v != nameof(AssessmentChecks.None) && Enum.GetNames<AssessmentChecks>().Contains(v))).WithMessage("Choose items from the checklist");
        RuleFor(x => x.Reasons)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the reasons for the rating")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The reasons must be 2000 characters or fewer");
    }
}
