using IntegrityPortal.Core.Procurement;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Applications;

/// <summary>
/// The holder of an approved interest confirms its details for the review, or updates them:
/// an update is a new version, and the earlier ones are kept.
/// </summary>
public class ConfirmModel(IntegrityDbContext db, IValidator<InterestInput> validator, CrossCheckOnSave crossCheck) : PageModel, IInterestForm
{
    [BindProperty]
    public InterestInput Input { get; set; } = new();

    public BusinessInterest Interest { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = InterestInput.From(Interest);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var details = Input.ToDetails(await Input.OrganisationIdAsync(db, Interest.ForceId, ct));
        if (!await InterestPages.TryStepAsync(ModelState, Interest, Input.Version, () => new BusinessInterestWorkflow(db).ConfirmForReviewAsync(Interest, GiftUser.PersonId(User), details, ct))
            || !await db.TrySaveAsync(Interest, Input.Version, ModelState, ct))
        {
            return Page();
        }

        await transaction.CommitAsync(ct);
        // Updated details may name another organisation.
        await crossCheck.RunAsync(Interest.ForceId, MatchRecordKind.BusinessInterest, Interest.Id, ct);
        TempData["Confirmation"] = $"{Interest.Reference}: details confirmed for the review";
        return RedirectToPage("View", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var interest = await db.BusinessInterests.SingleOrDefaultAsync(b => b.Id == id && b.ApplicantId == me && b.Status == InterestStatus.Approved, ct);
        if (interest is null)
        {
            return false;
        }

        Interest = interest;
        return true;
    }
}
