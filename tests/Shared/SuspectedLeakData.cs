using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Testing;

/// <summary>
/// Media contacts and the press office's flags of suspected leaks, made through the media
/// workflow, for tests of what PSD does with them (Core and web tests alike).
/// </summary>
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

        var contact = await new MediaWorkflow(db).LogAsync(person, new MediaContactDetails
        {
            ContactedUtc = contactedUtc,
            JournalistName = journalist,
            OutletId = organisation.Id,
            Method = MediaContactMethod.Phone,
            WasPreArranged = true,
            Subject = subject,
            Disclosed = "Confirmed an arrest had been made",
            WasAuthorised = true,
            AuthorisedBy = "Duty inspector",
        });
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>The press office's flag of <paramref name="contact"/>, awaiting PSD.</summary>
    public static async Task<SuspectedLeak> FlagAsync(IntegrityDbContext db, MediaContact contact, string reason = "Details beyond what was authorised appeared in print")
    {
        // Flagged by the force's press office, through the media workflow as its page would.
        var pressOffice = await db.Users.Where(u => u.UserName!.StartsWith("press-office.") && u.ForceId == contact.ForceId).Select(u => u.PersonId).SingleAsync();
        var leak = await new MediaWorkflow(db).FlagContactAsync(contact, pressOffice, reason);
        await db.SaveChangesAsync();
        return leak;
    }
}
