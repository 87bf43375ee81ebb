using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// The signed-in officer or member of staff logs a contact with a journalist. The form names
/// the force's media department and, where the force requires it, says pre-arranged contact
/// must be logged before it happens. Bad input is answered beside each field; good answers are
/// kept in the person's draft on the server and shown on Check your answers, from which they
/// are sent. Nothing reaches the log before then.
/// </summary>
public class LogModel(IntegrityDbContext db, IValidator<LogContactInput> validator, FormDraftStore drafts) : ContactFormPageModel(db, validator)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person)
        {
            return NotFound();
        }

        if (Draft is not null)
        {
            // Back from Check your answers, or a Change link: the answers kept so far.
            if (await drafts.FindAsync(Draft, person.Id, FormDraftKinds.MediaContact, ct) is not { } draft)
            {
                return NotFound();
            }

            if (draft.SubmittedUtc is not null)
            {
                return Logged(draft.RecordId);
            }

            Input = FormDraftStore.Read<LogContactInput>(draft);
        }

        await LoadFormAsync(person.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person)
        {
            return NotFound();
        }

        var draft = await drafts.FindAsync(Draft, person.Id, FormDraftKinds.MediaContact, ct);
        if (Draft is not null && draft is null)
        {
            return NotFound();
        }

        if (draft?.SubmittedUtc is not null)
        {
            return Logged(draft.RecordId);
        }

        await LoadFormAsync(person.ForceId, ct);
        if (await ValidateAsync(person.ForceId, ct) is null)
        {
            return Page();
        }

        var id = await drafts.SaveAsync(draft, person.ForceId, person.Id, FormDraftKinds.MediaContact, Input, ct);
        return RedirectToPage("Check", new { draft = id });
    }

    private IActionResult Logged(int? id) =>
        id is { } contactId ? RedirectToPage("Logged", new { id = contactId }) : RedirectToPage("Index");
}
