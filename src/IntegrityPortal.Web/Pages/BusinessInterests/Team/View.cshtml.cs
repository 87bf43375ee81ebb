using IntegrityPortal.Core.Auditing;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Team;

/// <summary>
/// The line manager gives their view on an application from their team: support or not, with
/// comments. Applications of anyone they do not line manage are "not found".
/// </summary>
public class ViewModel(IntegrityDbContext db, IValidator<LineManagerViewInput> validator, InterestNotifier notifier, AuditLog audit) : PageModel
{
    [BindProperty]
    public LineManagerViewInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    // The page of the manager's queue this application was opened from (TeamListState).
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public TeamListState List { get; private set; } = new(null);

    /// <summary>The application after this one in the queue, found by the database.</summary>
    public int? NextId { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> Views =
    [
        new("I support the application", LineManagerViewInput.Support),
        new("I do not support the application", LineManagerViewInput.DoNotSupport),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new LineManagerViewInput { Version = Interest.Version };
        await audit.RecordReadAsync(nameof(BusinessInterest), id.ToString(), Interest.ForceId, "as line manager", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid
            || !await InterestPages.TryStepAsync(ModelState, Interest, Input.Version, () =>
            {
                new BusinessInterestWorkflow(db).LineManagerView(Interest, GiftUser.PersonId(User), Input.View == LineManagerViewInput.Support, Input.Comments!.Trim());
                return Task.CompletedTask;
            })
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        await notifier.NotifyNextAsync(Interest, ct);
        TempData["Confirmation"] = $"Your view on {Interest.Reference} is recorded: it now awaits PSD assessment";
        return Redirect(List.ListHref);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var interest = await InterestPages.LoadAsync(db, id, ct);
        var me = GiftUser.PersonId(User);
        if (interest is null || me is null || (interest.LineManagerPersonId != me && interest.Applicant!.LineManagerId != me))
        {
            return false;
        }

        Interest = interest;
        List = TeamListState.Checked(ListPage, ModelState);
        NextId = await TeamListState.NextAfterAsync(db.BusinessInterests.AsNoTracking(), me, interest, ct);
        return true;
    }
}

public class LineManagerViewInput
{
    public const string Support = "support";
    public const string DoNotSupport = "do-not-support";

    public string? View { get; set; }
    public string? Comments { get; set; }
    public int Version { get; set; }
}

public class LineManagerViewInputValidator : AbstractValidator<LineManagerViewInput>
{
    public LineManagerViewInputValidator()
    {
        RuleFor(x => x.View).Must(v => v is LineManagerViewInput.Support or LineManagerViewInput.DoNotSupport)
            .WithMessage("Select whether you support the application");
        RuleFor(x => x.Comments)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter your comments for PSD")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("Your comments must be 2000 characters or fewer");
    }
}
