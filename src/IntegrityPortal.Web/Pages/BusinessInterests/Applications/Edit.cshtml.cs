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
/// A new application, or the applicant's own draft: save it as a draft, or save and submit.
/// Only the applicant's drafts open here; anything else is "not found".
/// </summary>
public class EditModel(IntegrityDbContext db, IValidator<InterestInput> validator, InterestNotifier notifier) : PageModel, IInterestForm
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

    public Task<IActionResult> OnPostAsync(int? id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostDraftAsync(int? id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken ct) => SaveAsync(id, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int? id, bool submit, CancellationToken ct)
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

                if (submit)
                {
                    await workflow.SubmitAsync(Draft, person.Id, ct);
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

        if (submit)
        {
            await notifier.NotifyNextAsync(interest, ct);
        }

        TempData["Confirmation"] = submit
            ? $"Application {interest.Reference} submitted: it is {interest.Status.Describe().ToLowerInvariant()}"
            : $"Draft {interest.Reference} saved. It is not submitted until you submit it";
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
