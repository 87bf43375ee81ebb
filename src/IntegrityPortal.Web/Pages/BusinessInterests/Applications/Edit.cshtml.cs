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
/// A new application, or the applicant's own draft: save it as a draft, or save it and check the
/// answers before submitting (Check). Either way it is saved as a draft: only Check submits it.
/// Only the applicant's drafts open here; anything else is "not found".
/// </summary>
public class EditModel(IntegrityDbContext db, IValidator<InterestInput> validator) : PageModel, IInterestForm
{
    [BindProperty]
    public InterestInput Input { get; set; } = new();

    public BusinessInterest? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Draft is not null)
        {
            Input = InterestInput.From(Draft);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(int? id, CancellationToken ct) => SaveAsync(id, check: false, ct);

    public Task<IActionResult> OnPostDraftAsync(int? id, CancellationToken ct) => SaveAsync(id, check: false, ct);

    /// <summary>"Continue": the first step of submitting. The draft is saved and its answers shown on Check, which submits.</summary>
    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken ct) => SaveAsync(id, check: true, ct);

    private async Task<IActionResult> SaveAsync(int? id, bool check, CancellationToken ct)
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

        var person = await db.People.SingleAsync(p => p.Id == GiftUser.PersonId(User), ct);
        var workflow = new BusinessInterestWorkflow(db);
        BusinessInterest interest;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var organisationId = await Input.OrganisationIdAsync(db, person.ForceId, ct);
            var details = Input.ToDetails(organisationId);
            var ok = await InterestPages.TryStepAsync(ModelState, Draft, Input.Version, async () =>
            {
                if (Draft is null)
                {
                    Draft = await workflow.CreateDraftAsync(person, details, ct);
                }
                else
                {
                    await workflow.UpdateDraftAsync(Draft, person.Id, details, ct);
                }
            });
            if (!ok)
            {
                return Page();
            }

            interest = Draft!;
            var saved = interest.Id == 0
                ? await SaveNewAsync(ct)
                : await db.TrySaveAsync(interest, Input.Version, ModelState, ct);
            if (!saved)
            {
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        if (check)
        {
            return RedirectToPage("Check", new { id = interest.Id });
        }

        TempData["Confirmation"] = $"Draft {interest.Reference} saved. It is not submitted until you submit it";
        return RedirectToPage("View", new { id = interest.Id });
    }

    private async Task<bool> SaveNewAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            return true;
        }

        var me = GiftUser.PersonId(User);
        Draft = await db.BusinessInterests.SingleOrDefaultAsync(b => b.Id == id && b.ApplicantId == me && b.Status == InterestStatus.Draft, ct);
        return Draft is not null;
    }
}
