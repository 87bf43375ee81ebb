using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// The person who logged a pre-arranged contact in advance completes it after it happened: the
/// form starts from what they logged. Bad input is answered beside each field; good answers are
/// kept in a draft of the completion and shown on Check your answers (CompleteCheck), which saves
/// them as a new version (what was logged in advance stays readable as version 1). Anyone
/// else's contact, or one that cannot be completed, is "not found".
/// </summary>
public class CompleteModel(IntegrityDbContext db, IValidator<LogContactInput> validator, FormDraftStore drafts) : ContactFormPageModel(db, validator)
{
    public MediaContact Contact { get; private set; } = null!;

    /// <summary>The version the form was built from: a change made in between is not overwritten (0006).</summary>
    [BindProperty]
    public int Version { get; set; }

    public override string DateHint => "When the contact actually happened.";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = LogContactInput.From(Contact);
        Version = Contact.Version;
        if (Draft is not null)
        {
            // Back from Check your answers, or a Change link: the answers kept so far.
            if (await DraftAsync(ct) is not { } draft || draft.SubmittedUtc is not null)
            {
                return NotFound();
            }

            var kept = FormDraftStore.Read<CompleteAnswers>(draft);
            (Input, Version) = (kept.Input, kept.Version);
        }

        await LoadFormAsync(Contact.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var draft = Draft is null ? null : await DraftAsync(ct);
        if (Draft is not null && (draft is null || draft.SubmittedUtc is not null))
        {
            return NotFound();
        }

        await LoadFormAsync(Contact.ForceId, ct);
        if (await ValidateAsync(Contact.ForceId, ct) is not { } details)
        {
            return Page();
        }

        if (details.ContactedUtc > Db.Clock.GetUtcNow().UtcDateTime)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(LogContactInput.ContactedOn)}", MediaWorkflow.CompletedInTheFuture);
            return Page();
        }

        var draftId = await drafts.SaveAsync(draft, Contact.ForceId, Contact.PersonId, FormDraftKinds.MediaCompletion,
            new CompleteAnswers { Input = Input, Version = Version }, ct, recordId: Contact.Id);
        return RedirectToPage("CompleteCheck", new { draft = draftId });
    }

    /// <summary>The person's draft of a completion of this contact, or null.</summary>
    private async Task<FormDraft?> DraftAsync(CancellationToken ct) =>
        await drafts.FindAsync(Draft, Contact.PersonId, FormDraftKinds.MediaCompletion, ct) is { } draft && draft.RecordId == Contact.Id
            ? draft
            : null;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var contact = await Db.MediaContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.PersonId == me, ct);
        if (contact is null || !MediaWorkflow.CanComplete(contact, Db.Clock.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        Contact = contact;
        return true;
    }
}
