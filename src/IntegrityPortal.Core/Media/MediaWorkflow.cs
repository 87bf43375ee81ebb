using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// Every change to the media contact log goes through here: logging a contact, the media
/// department's acknowledgement, and its flags of suspected leaks (referrals to PSD). Steps
/// that are not allowed throw <see cref="MediaWorkflowException"/>; pages show its message.
/// The caller saves, so a step and its audit events share one transaction.
/// </summary>
public sealed class MediaWorkflow(IntegrityDbContext db)
{
    public const string OutletNotFound = "Select the outlet from the list";
    public const string AlreadyAcknowledged = "This contact has already been acknowledged";
    public const string OwnContact = "You cannot acknowledge or flag a contact you logged yourself";
    public const string AlreadyFlagged = "This contact has already been flagged as a suspected leak and is awaiting PSD";
    public const string ReasonNeeded = "Enter why you suspect a leak";
    public const string NotCompletable = "Only a pre-arranged contact logged before it happened can be completed, once, after it has happened";
    public const string CompletedInTheFuture = "Enter the date and time the contact happened: a completed contact cannot be in the future";
    public const string LoggedInAdvance = "Logged in advance";
    public const string CompletedAfterwards = "Completed after it happened";

    public async Task<MediaContact> LogAsync(Person person, MediaContactDetails details, CancellationToken ct = default)
    {
        var now = UtcNow;
        var broken = MediaRules.Check(details, now).ToList();
        if (broken.Count > 0)
        {
            throw new MediaWorkflowException(broken[0].Message);
        }

        var outlet = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == details.OutletId && o.ForceId == person.ForceId, ct)
                     ?? throw new MediaWorkflowException(OutletNotFound);
        var contact = new MediaContact
        {
            ForceId = person.ForceId,
            PersonId = person.Id,
            DepartmentId = person.DepartmentId,
            ContactedUtc = details.ContactedUtc,
            JournalistName = details.JournalistName.Trim(),
            OutletId = outlet.Id,
            OutletName = outlet.Name,
            Method = details.Method,
            WasPreArranged = details.WasPreArranged,
            WasVisitToMediaEstablishment = details.WasVisitToMediaEstablishment,
            Subject = details.Subject.Trim(),
            Disclosed = details.Disclosed.Trim(),
            WasAuthorised = details.WasAuthorised,
            AuthorisedBy = details.WasAuthorised ? details.AuthorisedBy?.Trim() : null,
            RecordedUtc = now,
        };
        db.MediaContacts.Add(contact);
        return contact;
    }

    /// <summary>
    /// True when the contact can be completed now: pre-arranged, logged before it was due to
    /// happen, not completed already, and its time has come.
    /// </summary>
    public static bool CanComplete(MediaContact contact, DateTime nowUtc) =>
        contact.WasPreArranged && contact.RecordedUtc < contact.ContactedUtc && contact.CompletedUtc is null && contact.ContactedUtc <= nowUtc;

    /// <summary>
    /// The person who logged a pre-arranged contact in advance completes it after it happened,
    /// with what actually happened. It is a new version: what was logged in advance is kept as
    /// version 1, the completion is version 2. When it was logged does not change (it was
    /// notified in advance); the media department acknowledges the completed contact again.
    /// </summary>
    public async Task CompleteAsync(MediaContact contact, Person person, MediaContactDetails details, CancellationToken ct = default)
    {
        var now = UtcNow;
        if (contact.PersonId != person.Id || !CanComplete(contact, now))
        {
            throw new MediaWorkflowException(NotCompletable);
        }

        if (details.ContactedUtc > now)
        {
            throw new MediaWorkflowException(CompletedInTheFuture);
        }

        var broken = MediaRules.Check(details, now).ToList();
        if (broken.Count > 0)
        {
            throw new MediaWorkflowException(broken[0].Message);
        }

        var outlet = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == details.OutletId && o.ForceId == contact.ForceId, ct)
                     ?? throw new MediaWorkflowException(OutletNotFound);
        contact.Versions.Add(VersionOf(contact, 1, contact.RecordedUtc, LoggedInAdvance));
        contact.ContactedUtc = details.ContactedUtc;
        contact.JournalistName = details.JournalistName.Trim();
        contact.OutletId = outlet.Id;
        contact.OutletName = outlet.Name;
        contact.Method = details.Method;
        contact.WasPreArranged = details.WasPreArranged;
        contact.WasVisitToMediaEstablishment = details.WasVisitToMediaEstablishment;
        contact.Subject = details.Subject.Trim();
        contact.Disclosed = details.Disclosed.Trim();
        contact.WasAuthorised = details.WasAuthorised;
        contact.AuthorisedBy = details.WasAuthorised ? details.AuthorisedBy?.Trim() : null;
        contact.CompletedUtc = now;
        contact.AcknowledgedBy = null;
        contact.AcknowledgedUtc = null;
        contact.Versions.Add(VersionOf(contact, 2, now, CompletedAfterwards));
    }

    private MediaContactVersion VersionOf(MediaContact contact, int number, DateTime recordedUtc, string note) => new()
    {
        ForceId = contact.ForceId,
        MediaContactId = contact.Id,
        Number = number,
        RecordedUtc = recordedUtc,
        RecordedBy = db.Actor.UserName,
        Note = note,
        OutletName = contact.OutletName,
        Details = System.Text.Json.JsonSerializer.Serialize(new MediaContactDetails
        {
            ContactedUtc = contact.ContactedUtc,
            JournalistName = contact.JournalistName,
            OutletId = contact.OutletId,
            Method = contact.Method,
            WasPreArranged = contact.WasPreArranged,
            WasVisitToMediaEstablishment = contact.WasVisitToMediaEstablishment,
            Subject = contact.Subject,
            Disclosed = contact.Disclosed,
            WasAuthorised = contact.WasAuthorised,
            AuthorisedBy = contact.AuthorisedBy,
        }),
    };

    /// <param name="acknowledgerPersonId">The acknowledging user's person record, if they have one.</param>
    public void Acknowledge(MediaContact contact, int? acknowledgerPersonId)
    {
        if (contact.AcknowledgedUtc is not null)
        {
            throw new MediaWorkflowException(AlreadyAcknowledged);
        }

        RefuseOwn(contact, acknowledgerPersonId);
        contact.AcknowledgedBy = db.Actor.UserName;
        contact.AcknowledgedUtc = UtcNow;
    }

    /// <summary>Flags a logged contact as a suspected leak: a referral to PSD, awaiting PSD.</summary>
    public async Task<SuspectedLeak> FlagContactAsync(MediaContact contact, int? flaggerPersonId, string reason, CancellationToken ct = default)
    {
        RefuseOwn(contact, flaggerPersonId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new MediaWorkflowException(ReasonNeeded);
        }

        if (await db.SuspectedLeaks.AnyAsync(l => l.MediaContactId == contact.Id && l.Status == SuspectedLeakStatus.AwaitingPsd, ct))
        {
            throw new MediaWorkflowException(AlreadyFlagged);
        }

        var leak = new SuspectedLeak
        {
            ForceId = contact.ForceId,
            MediaContactId = contact.Id,
            OutletId = contact.OutletId,
            OutletName = contact.OutletName,
            JournalistName = contact.JournalistName,
            Reason = reason.Trim(),
        };
        return Flag(leak);
    }

    /// <summary>Flags a published article as a suspected leak: a referral to PSD, awaiting PSD.</summary>
    public async Task<SuspectedLeak> FlagArticleAsync(int forceId, ArticleDetails article, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(article.Reason))
        {
            throw new MediaWorkflowException(ReasonNeeded);
        }

        var outlet = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == article.OutletId && o.ForceId == forceId, ct)
                     ?? throw new MediaWorkflowException(OutletNotFound);
        var leak = new SuspectedLeak
        {
            ForceId = forceId,
            OutletId = outlet.Id,
            OutletName = outlet.Name,
            JournalistName = string.IsNullOrWhiteSpace(article.JournalistName) ? null : article.JournalistName.Trim(),
            ArticleTitle = article.Title.Trim(),
            ArticlePublishedOn = article.PublishedOn,
            ArticleUrl = string.IsNullOrWhiteSpace(article.Url) ? null : article.Url.Trim(),
            Reason = article.Reason.Trim(),
        };
        return Flag(leak);
    }

    private SuspectedLeak Flag(SuspectedLeak leak)
    {
        leak.FlaggedBy = db.Actor.UserName;
        leak.FlaggedUtc = UtcNow;
        leak.Status = SuspectedLeakStatus.AwaitingPsd;
        db.SuspectedLeaks.Add(leak);
        return leak;
    }

    private static void RefuseOwn(MediaContact contact, int? personId)
    {
        if (personId is not null && personId == contact.PersonId)
        {
            throw new MediaWorkflowException(OwnContact);
        }
    }

    private DateTime UtcNow => db.Clock.GetUtcNow().UtcDateTime;
}
