using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Applications;

/// <summary>
/// Check your answers before submitting an application: the draft's details with Change links
/// to the form, and the button that submits it. The draft row's own state is the one-time
/// token: once submitted it is no longer a draft, so a second submit (a double click, or back
/// and submit again) shows the confirmation of the application already submitted. Only the
/// applicant's own application opens here; anything else is "not found".
/// </summary>
public class CheckModel(IntegrityDbContext db, InterestNotifier notifier, CrossCheckOnSave crossCheck) : PageModel
{
    public BusinessInterest Interest { get; private set; } = null!;

    /// <summary>The version the answers were shown at: a change made since (in another tab) is not submitted unseen.</summary>
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        Version = Interest.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (!await InterestPages.TryStepAsync(ModelState, Interest, Version, () => new BusinessInterestWorkflow(db).SubmitAsync(Interest, Interest.ApplicantId, ct))
                || !await db.TrySaveAsync(Interest, Version, ModelState, ct))
            {
                // Another submit of the same draft may have won the race: show what it made.
                db.ChangeTracker.Clear();
                if (await db.BusinessInterests.AnyAsync(b => b.Id == id && b.SubmittedOn != null, ct))
                {
                    return RedirectToPage("Submitted", new { id });
                }

                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        await notifier.NotifyNextAsync(Interest, ct);
        // A submitted interest in a supplier or bidder is raised for PSD now rather than tonight.
        await crossCheck.RunAsync(Interest.ForceId, MatchRecordKind.BusinessInterest, Interest.Id, ct);
        return RedirectToPage("Submitted", new { id });
    }

    /// <summary>The applicant's draft; for one already submitted, its confirmation; otherwise "not found".</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var interest = await db.BusinessInterests.SingleOrDefaultAsync(b => b.Id == id && b.ApplicantId == me, ct);
        if (interest is null)
        {
            return NotFound();
        }

        if (interest.Status != InterestStatus.Draft)
        {
            return interest.SubmittedOn is null ? NotFound() : RedirectToPage("Submitted", new { id });
        }

        Interest = interest;
        return null;
    }

    public string ChangeUrl(string field) => Url.Page("Edit", new { id = Interest.Id }) + $"#Input_{field}";
}
