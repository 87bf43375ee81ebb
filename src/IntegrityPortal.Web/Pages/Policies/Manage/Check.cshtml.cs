using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>Check your answers for a draft version: each answer with a change link, the questions, and Publish.</summary>
public class CheckModel(IntegrityDbContext db) : PageModel
{
    public PolicyVersion Version { get; private set; } = null!;
    public string AudienceText { get; private set; } = string.Empty;
    public string Html { get; private set; } = string.Empty;

    /// <summary>How many people the version would reach now: counted by the database.</summary>
    public int Reach { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(int id, int question, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var questions = Version.Questions.ToList();
        if (question >= 1 && question <= questions.Count)
        {
            questions.RemoveAt(question - 1);
            Version.Questions = questions;
            await db.SaveChangesAsync(ct);
        }

        return Redirect($"/Policies/Manage/Check/{id}");
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            // A second press of Publish arrives after the first has published: show what it did.
            return await IsPublishedAsync(id, ct) ? Redirect($"/Policies/Manage/Published/{id}") : NotFound();
        }

        if (Version.ReadBy < db.Clock.Today())
        {
            ModelState.AddModelError(string.Empty, "The date to read it by has passed: change it before publishing");
            return Page();
        }

        try
        {
            await PolicyPublishing.PublishAsync(db, Version, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Published by a press that was still running, or the draft changed under this one.
            db.ChangeTracker.Clear();
            if (await IsPublishedAsync(id, ct))
            {
                return Redirect($"/Policies/Manage/Published/{id}");
            }

            ModelState.AddModelError(string.Empty, ConcurrencySaving.ChangedBySomeoneElse);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/Policies/Manage/Published/{id}");
    }

    private async Task<bool> IsPublishedAsync(int id, CancellationToken ct) =>
        await PolicyPages.KeptVersionAsync(db, id, ct) is { Status: PolicyVersionStatus.Published };

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var version = await PolicyPages.KeptVersionAsync(db, id, ct);
        if (version is not { Status: PolicyVersionStatus.Draft })
        {
            return false;
        }

        Version = version;
        AudienceText = await PolicyPages.AudienceTextAsync(db, version, ct);
        Html = PolicyText.ToSafeHtml(version.Text);
        Reach = await PolicyPublishing.ReachAsync(db, version, ct);
        return true;
    }
}
