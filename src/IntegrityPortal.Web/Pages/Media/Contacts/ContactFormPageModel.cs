using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// What the log form and its Check your answers page share: the person, the force's settings,
/// and the checks (the validator, then the log's rules) that turn the answers into details.
/// </summary>
public abstract class ContactFormPageModel(IntegrityDbContext db, IValidator<LogContactInput> validator) : PageModel
{
    protected IntegrityDbContext Db { get; } = db;

    [BindProperty]
    public LogContactInput Input { get; set; } = new();

    /// <summary>The draft the answers are kept in; none before the form is first answered.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    public ForceSettings Settings { get; private set; } = null!;

    protected async Task LoadFormAsync(int forceId, CancellationToken ct)
    {
        Settings = await Db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == forceId, ct);
    }

    protected async Task<Person?> CurrentPersonAsync(CancellationToken ct) =>
        GiftUser.PersonId(User) is { } id
            ? await Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            : null;

    /// <summary>The form's checks, then the log's rules; returns the details (outlet 0 for a new one) or null.</summary>
    protected async Task<MediaContactDetails?> ValidateAsync(int forceId, CancellationToken ct)
    {
        Input.OutletId = await OrganisationPicker.ResolveAsync(Db, forceId, Input.OutletId, Input.OutletName, Input.HasNewOutlet,
            ModelState, $"{nameof(Input)}.{nameof(LogContactInput.OutletId)}", LogContactInputValidator.OutletBoth, "outlet", ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();

        const string outletKey = $"{nameof(Input)}.{nameof(LogContactInput.OutletId)}";
        if (ModelState.IsFieldValid(outletKey) && Input.OutletId is { } outletId
            && !await Db.Organisations.AnyAsync(o => o.Id == outletId && o.ForceId == forceId, ct))
        {
            ModelState.AddModelError(outletKey, MediaWorkflow.OutletNotFound);
        }

        var details = new MediaContactDetails
        {
            ContactedUtc = Input.ContactedUtc ?? Db.Clock.GetUtcNow().UtcDateTime,
            JournalistName = (Input.JournalistName ?? string.Empty).Trim(),
            OutletId = Input.OutletId ?? 0,
            Method = Input.MethodValue ?? MediaContactMethod.Other,
            WasPreArranged = Input.WasPreArranged ?? false,
            WasVisitToMediaEstablishment = Input.WasVisitToMediaEstablishment ?? false,
            Subject = (Input.Subject ?? string.Empty).Trim(),
            Disclosed = (Input.Disclosed ?? string.Empty).Trim(),
            WasAuthorised = Input.WasAuthorised ?? false,
            AuthorisedBy = string.IsNullOrWhiteSpace(Input.AuthorisedBy) ? null : Input.AuthorisedBy.Trim(),
        };

        foreach (var (property, message) in MediaRules.Check(details, Db.Clock.GetUtcNow().UtcDateTime))
        {
            var key = property == nameof(MediaContactDetails.ContactedUtc)
                ? $"{nameof(Input)}.{nameof(LogContactInput.ContactedOn)}"
                : $"{nameof(Input)}.{property}";
            // A date or time the form could not read has its own message already, and so has an
            // unanswered question a rule depends on (a future date is allowed only if pre-arranged).
            var read = property switch
            {
                nameof(MediaContactDetails.ContactedUtc) => Input.ContactedUtc is not null && Input.WasPreArranged is not null,
                nameof(MediaContactDetails.AuthorisedBy) => Input.WasAuthorised is not null,
                _ => true,
            };
            if (read && ModelState.IsFieldValid(key))
            {
                ModelState.AddModelError(key, message);
            }
        }

        return ModelState.IsValid ? details : null;
    }

    /// <summary>What the confirmation says about a contact just logged.</summary>
    public static string Outcome(MediaContact contact, ForceSettings settings)
    {
        var parts = new List<string> { $"Contact logged: {contact.Reference}. Your force's {settings.MediaDepartmentName} has been told." };
        if (MediaRules.WasNotNotifiedInAdvance(contact.WasPreArranged, contact.WasVisitToMediaEstablishment, contact.ContactedUtc, contact.RecordedUtc, settings.MediaAdvanceNoticeRequired))
        {
            parts.Add("It is marked not notified in advance: your force asks for pre-arranged contact and visits to media establishments to be logged before they happen.");
        }

        return string.Join(' ', parts);
    }

    public virtual string DateHint =>
        (Settings.MediaAdvanceNoticeRequired
            ? "A contact can be in the future only if it is pre-arranged: log pre-arranged contact before it happens."
            : "A contact can be in the future only if it is pre-arranged and you are logging it in advance.");
}
