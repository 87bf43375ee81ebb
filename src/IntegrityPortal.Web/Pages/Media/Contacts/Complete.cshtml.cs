using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// The person who logged a pre-arranged contact in advance completes it after it happened: the
/// form starts from what they logged, and the completion is a new version (what was logged in
/// advance stays readable as version 1). Audited as any change to the contact. Anyone else's
/// contact, or one that cannot be completed, is "not found".
/// </summary>
public class CompleteModel(IntegrityDbContext db, IValidator<LogContactInput> validator) : ContactFormPageModel(db, validator)
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
        await LoadFormAsync(Contact.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await CurrentPersonAsync(ct) is not { } person)
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

        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                if (Input.HasNewOutlet)
                {
                    details = details with { OutletId = await OrganisationDirectory.FindOrAddAsync(Db, Contact.ForceId, Input.NewOutletName!, null, ct) };
                }

                await new MediaWorkflow(Db).CompleteAsync(Contact, person, details, ct);
            }
            catch (MediaWorkflowException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            if (!await Db.TrySaveAsync(Contact, Version, ModelState, ct))
            {
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        TempData["Confirmation"] = $"{Contact.Reference} completed. What you logged in advance is kept as version 1. Your force's {Settings.MediaDepartmentName} acknowledges the completed contact.";
        return RedirectToPage("View", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var contact = await Db.MediaContacts.Include(c => c.Versions).SingleOrDefaultAsync(c => c.Id == id && c.PersonId == me, ct);
        if (contact is null || !MediaWorkflow.CanComplete(contact, Db.Clock.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        Contact = contact;
        return true;
    }
}
