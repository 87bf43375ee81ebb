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
