using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// Check your answers before completing a pre-arranged contact: each answer with a Change link
/// back to the completion form, and the button that saves them as a new version. Saving claims
/// the draft in the same transaction as the new version, so a second send shows the confirmation
/// instead of completing it again; a change made to the contact since the form was opened is not
/// overwritten (the claim is rolled back with it).
/// </summary>
public class CompleteCheckModel(IntegrityDbContext db, IValidator<LogContactInput> validator, FormDraftStore drafts) : ContactFormPageModel(db, validator)
{
    public MediaContact Contact { get; private set; } = null!;
    public MediaContactDetails Details { get; private set; } = null!;
    public string OutletName { get; private set; } = string.Empty;
    public int Version { get; private set; }

    public const string ChangedSinceYouBegan =
        "This contact was changed by someone else after you began. Nothing has been saved. Check your answers against the contact as it now stands, change any that are no longer right, and send them again";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } elsewhere)
        {
            return elsewhere;
        }

        var draftId = Draft!.Value;
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            if (!await drafts.ClaimAsync(draftId, ct))
            {
                await transaction.RollbackAsync(ct);
                return Completed();
            }

            try
            {
                var details = Details;
                var person = (await CurrentPersonAsync(ct))!;
                if (Input.HasNewOutlet)
                {
                    details = details with { OutletId = await OrganisationDirectory.FindOrAddAsync(Db, Contact.ForceId, Input.NewOutletName!, null, ct) };
                }

                await new MediaWorkflow(Db).CompleteAsync(Contact, person, details, ct);
            }
            catch (MediaWorkflowException e)
            {
                // The checks above apply the same rules, so this should not happen.
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            // A change since the form was opened: nothing is saved and the claim is rolled back.
            // The draft then holds the contact's new version, so that the answers, checked again
            // against the contact as it now stands, can be sent (the form would otherwise carry
            // the old version, and every later send would fail the same way).
            if (!await Db.TrySaveAsync(Contact, Version, ModelState, ct))
            {
                await transaction.RollbackAsync(ct);
                Db.ChangeTracker.Clear();
                Version = await Db.MediaContacts.Where(c => c.Id == Contact.Id).Select(c => c.Version).SingleAsync(ct);
                var draft = await drafts.FindAsync(draftId, Contact.PersonId, FormDraftKinds.MediaCompletion, ct);
                await drafts.SaveAsync(draft, Contact.ForceId, Contact.PersonId, FormDraftKinds.MediaCompletion,
                    new CompleteAnswers { Input = Input, Version = Version }, ct, recordId: Contact.Id);
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, ChangedSinceYouBegan);
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        return Completed();
    }

    /// <summary>Loads and checks the draft and its contact; returns where to go instead of this page, or null to show it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        if (me is null || await drafts.FindAsync(Draft, me.Value, FormDraftKinds.MediaCompletion, ct) is not { } draft
            || await Db.MediaContacts.Include(c => c.Versions).SingleOrDefaultAsync(c => c.Id == draft.RecordId && c.PersonId == me, ct) is not { } contact)
        {
            return NotFound();
        }

        Contact = contact;
        if (draft.SubmittedUtc is not null)
        {
            return Completed();
        }

        if (!MediaWorkflow.CanComplete(contact, Db.Clock.GetUtcNow().UtcDateTime))
        {
            return NotFound();
        }

        var kept = FormDraftStore.Read<CompleteAnswers>(draft);
        (Input, Version) = (kept.Input, kept.Version);
        await LoadFormAsync(contact.ForceId, ct);
        if (await ValidateAsync(contact.ForceId, ct) is not { } details || details.ContactedUtc > Db.Clock.GetUtcNow().UtcDateTime)
        {
            return RedirectToPage("Complete", new { id = contact.Id, draft = Draft });
        }

        Details = details;
        OutletName = Input.HasNewOutlet
            ? $"{Input.NewOutletName!.Trim()} (new)"
            : await Db.Organisations.AsNoTracking().Where(o => o.Id == details.OutletId).Select(o => o.Name).SingleAsync(ct);
        return null;
    }

    private RedirectToPageResult Completed() => RedirectToPage("Completed", new { id = Contact.Id });

    public string ChangeUrl(string field) => Url.Page("Complete", new { id = Contact.Id, draft = Draft }) + $"#{nameof(Input)}_{field}";
}
