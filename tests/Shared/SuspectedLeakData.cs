using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Testing;

/// <summary>Media contacts and the press office's flags of suspected leaks, for tests of what PSD does with them.</summary>
public static class SuspectedLeakData
{
    /// <summary>A contact logged by <paramref name="userName"/>'s person with a journalist of an outlet of their force.</summary>
    public static async Task<MediaContact> ContactAsync(IntegrityDbContext db, string userName, string journalist, string outlet, DateTime contactedUtc,
        string subject = "Arrest after the town centre disorder")
    {
        var personId = await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId!.Value).SingleAsync();
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.ForceId == person.ForceId && o.Name == outlet);
        if (organisation is null)
        {
            organisation = new Organisation { ForceId = person.ForceId, Name = outlet };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        var contact = new MediaContact
        {
            ForceId = person.ForceId,
            PersonId = person.Id,
            DepartmentId = person.DepartmentId,
            ContactedUtc = contactedUtc,
            JournalistName = journalist,
            OutletId = organisation.Id,
            OutletName = organisation.Name,
            Method = MediaContactMethod.Phone,
            WasPreArranged = true,
            Subject = subject,
            Disclosed = "Confirmed an arrest had been made",
            WasAuthorised = true,
            RecordedUtc = contactedUtc.AddDays(-1),
        };
        db.MediaContacts.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>The press office's flag of <paramref name="contact"/>, awaiting PSD.</summary>
    public static async Task<SuspectedLeak> FlagAsync(IntegrityDbContext db, MediaContact contact, string reason = "Details beyond what was authorised appeared in print")
    {
        var leak = new SuspectedLeak
        {
            ForceId = contact.ForceId,
            MediaContactId = contact.Id,
            OutletId = contact.OutletId,
            OutletName = contact.OutletName,
            JournalistName = contact.JournalistName,
            Reason = reason,
            FlaggedBy = "press-office",
            FlaggedUtc = contact.ContactedUtc.AddDays(2),
            Status = SuspectedLeakStatus.AwaitingPsd,
        };
        db.SuspectedLeaks.Add(leak);
        await db.SaveChangesAsync();
        return leak;
    }
}
