using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// The signed-in officer or member of staff logs a contact with a journalist. The form names
/// the force's media department and, where the force requires it, says pre-arranged contact
/// must be logged before it happens. Bad input is answered beside each field and nothing is
/// written; the contact and any new outlet are saved in one transaction.
/// </summary>
public class LogModel(IntegrityDbContext db, IValidator<LogContactInput> validator) : PageModel
{
    [BindProperty]
    public LogContactInput Input { get; set; } = new();

    public ForceSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person)
        {
            return NotFound();
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

        await LoadFormAsync(person.ForceId, ct);
        if (await ValidateAsync(person.ForceId, ct) is not { } details)
        {
            return Page();
        }

        MediaContact contact;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                if (Input.HasNewOutlet)
                {
                    details = details with { OutletId = await OrganisationDirectory.FindOrAddAsync(db, person.ForceId, Input.NewOutletName!, null, ct) };
                }

                contact = await new MediaWorkflow(db).LogAsync(person, details, ct);
                await db.SaveChangesAsync(ct);
            }
            catch (MediaWorkflowException e)
            {
                // The form's checks apply the same rules, so this should not happen.
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        TempData["Confirmation"] = Outcome(contact);
        return RedirectToPage("View", new { id = contact.Id });
    }

    private async Task LoadFormAsync(int forceId, CancellationToken ct)
    {
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == forceId, ct);
    }

    private async Task<Person?> CurrentPersonAsync(CancellationToken ct) =>
        GiftUser.PersonId(User) is { } id
            ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            : null;

    /// <summary>The form's checks, then the log's rules; returns the details (outlet 0 for a new one) or null.</summary>
    private async Task<MediaContactDetails?> ValidateAsync(int forceId, CancellationToken ct)
    {
        Input.OutletId = await OrganisationPicker.ResolveAsync(db, forceId, Input.OutletId, Input.OutletName, Input.HasNewOutlet,
            ModelState, $"{nameof(Input)}.{nameof(LogContactInput.OutletId)}", LogContactInputValidator.OutletBoth, "outlet", ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();

        const string outletKey = $"{nameof(Input)}.{nameof(LogContactInput.OutletId)}";
        if (ModelState.IsFieldValid(outletKey) && Input.OutletId is { } outletId
            && !await db.Organisations.AnyAsync(o => o.Id == outletId && o.ForceId == forceId, ct))
        {
            ModelState.AddModelError(outletKey, MediaWorkflow.OutletNotFound);
        }

        var details = new MediaContactDetails
        {
            ContactedUtc = Input.ContactedUtc ?? db.Clock.GetUtcNow().UtcDateTime,
            JournalistName = (Input.JournalistName ?? string.Empty).Trim(),
            OutletId = Input.OutletId ?? 0,
            Method = Input.MethodValue ?? MediaContactMethod.Other,
            WasPreArranged = Input.WasPreArranged,
            WasVisitToMediaEstablishment = Input.WasVisitToMediaEstablishment,
            Subject = (Input.Subject ?? string.Empty).Trim(),
            Disclosed = (Input.Disclosed ?? string.Empty).Trim(),
            WasAuthorised = Input.WasAuthorised,
            AuthorisedBy = string.IsNullOrWhiteSpace(Input.AuthorisedBy) ? null : Input.AuthorisedBy.Trim(),
        };

        foreach (var (property, message) in MediaRules.Check(details, db.Clock.GetUtcNow().UtcDateTime))
        {
            var key = property == nameof(MediaContactDetails.ContactedUtc)
                ? $"{nameof(Input)}.{nameof(LogContactInput.ContactedOn)}"
                : $"{nameof(Input)}.{property}";
            // A date or time the form could not read has its own message already.
            var dateRead = property != nameof(MediaContactDetails.ContactedUtc) || Input.ContactedUtc is not null;
            if (dateRead && ModelState.IsFieldValid(key))
            {
                ModelState.AddModelError(key, message);
            }
        }

        return ModelState.IsValid ? details : null;
    }

    private string Outcome(MediaContact contact)
    {
        var parts = new List<string> { $"Contact logged: {contact.Reference}. Your force's {Settings.MediaDepartmentName} has been told." };
        if (MediaRules.WasNotNotifiedInAdvance(contact.WasPreArranged, contact.WasVisitToMediaEstablishment, contact.ContactedUtc, contact.RecordedUtc, Settings.MediaAdvanceNoticeRequired))
        {
            parts.Add("It is marked not notified in advance: your force asks for pre-arranged contact and visits to media establishments to be logged before they happen.");
        }

        return string.Join(' ', parts);
    }

    public string DateHint =>
        (Settings.MediaAdvanceNoticeRequired
            ? "A contact can be in the future only if it is pre-arranged: log pre-arranged contact before it happens."
            : "A contact can be in the future only if it is pre-arranged and you are logging it in advance.");
}
