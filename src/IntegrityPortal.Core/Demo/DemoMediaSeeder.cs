using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration media contacts for one force: 60 to 90 contacts over the last 12 months by
/// several people (chief officers among them), some pre-arranged and notified in advance, some
/// pre-arranged but logged afterwards, some visits to media establishments, a few pre-arranged
/// ones still to come; older ones acknowledged by the media department, recent ones mostly not;
/// and two suspected leaks awaiting PSD (a flagged contact and a flagged article). Each force has
/// its own seeded <see cref="Random"/>, so the data is the same on every run.
/// </summary>
public sealed class DemoMediaSeeder(IntegrityDbContext db)
{
    /// <summary>
    /// What each force calls the department told of media contact, and whether it wants
    /// pre-arranged contact notified in advance, from HMIC's 2012 force reports. Only Cumbria's
    /// report asks for advance notice ("pre-arranged meetings or visits to media
    /// establishments"). West Mercia's report is not among the sources: it follows its
    /// alliance partner Warwickshire.
    /// </summary>
    public static (string DepartmentName, bool AdvanceNoticeRequired) SettingsFor(string forceCode) => forceCode switch
    {
        "cumbria" => ("Marketing and Communications Department", true),
        "avon-and-somerset" => ("Corporate Communications Department", false),
        "thames-valley" => ("Corporate Communications", false),
        _ => ("Press Office", false),
    };

    private static readonly (string Outlet, string[] Journalists)[] Outlets =
    [
        ("County Evening Standard", ["Rachel Dunmore", "Peter Ashworth"]),
        ("BBC Local Radio", ["Nia Griffiths", "Tom Hebden"]),
        ("ITV Regional News", ["Sunita Rao", "Mark Ellery"]),
        ("Heart FM Regional", ["Josh Penrose"]),
        ("Press Association", ["Helen Marsh", "David Okafor"]),
        ("The Daily Telegraph", ["Charles Wynn"]),
        ("Daily Mirror", ["Kerry Blake"]),
        ("Community Voice Online", ["Aled Pugh"]),
    ];

    private static readonly string[] Subjects =
    [
        "Appeal for witnesses to a serious collision", "Update on a missing person enquiry", "Operation against county lines drug dealing",
        "Launch of a rural crime initiative", "Charging decision in a burglary series", "Road safety campaign over the holidays",
        "Neighbourhood policing changes", "Force budget and officer numbers", "Response times in rural areas",
        "Anniversary of a major incident", "Recruitment campaign", "Knife crime amnesty results",
        "Interview about the force's new chief officer team", "Festival policing plan", "Cyber fraud warning to older people",
    ];

    private static readonly string[] Disclosures =
    [
        "Only what was in the agreed press release", "Confirmed the appeal details and the incident number",
        "Background on the initiative, no case details", "Figures already published in the annual report",
        "Confirmed an arrest had been made; no names", "Gave a recorded interview on the agreed lines",
    ];

    public async Task SeedForceAsync(Force force, ForceSettings settings, IReadOnlyList<Person> people, DateTime nowUtc, int seed, CancellationToken ct = default)
    {
        var random = new Random(seed);
        var press = $"press-office.{force.Code}";
        var outlets = await OutletsAsync(force.Id, ct);
        var today = DateOnly.FromDateTime(UkTime.ToUk(nowUtc));

        // Chief officers and the front line deal with the media most; the press officer's own
        // contacts are not logged here, as it is the department that receives the log.
        var mediaDepartment = settings.MediaDepartmentName;
        var chiefs = people.Where(p => p.Rank?.IsChiefOfficer() == true).ToList();
        var pressPeople = DemoForces.All.Single(f => f.Code == force.Code).PressDepartment;
        var others = people.Where(p => p.Rank?.IsChiefOfficer() != true
                                       && p.Department?.Name != "Professional Standards Department"
                                       && p.Department?.Name != pressPeople).ToList();
        var contacts = new List<MediaContact>();
        var count = random.Next(60, 91);
        for (var i = 0; i < count; i++)
        {
            var person = i % 4 == 0 ? chiefs[random.Next(chiefs.Count)] : others[random.Next(others.Count)];
            var contacted = ContactTime(today.AddDays(-random.Next(0, 365)), random);
            if (contacted > nowUtc)
            {
                contacted = nowUtc.AddHours(-1);
            }

            contacts.Add(Build(force.Id, person, outlets, contacted, nowUtc, random));
        }

        // Pre-arranged contact still to come, notified in advance.
        for (var i = 0; i < 2; i++)
        {
            var person = i == 0 ? chiefs[0] : others[random.Next(others.Count)];
            var contact = Build(force.Id, person, outlets, ContactTime(today.AddDays(random.Next(3, 21)), random), nowUtc, random, preArranged: true);
            contact.RecordedUtc = nowUtc.AddDays(-random.Next(1, 3));
            contacts.Add(contact);
        }

        foreach (var contact in contacts)
        {
            // Most contacts are acknowledged within a fortnight; recent ones may still be waiting.
            var age = nowUtc - contact.RecordedUtc;
            if (contact.RecordedUtc < nowUtc.AddDays(-1) && (age > TimeSpan.FromDays(14) ? random.NextDouble() < 0.95 : random.NextDouble() < 0.3))
            {
                contact.AcknowledgedBy = press;
                contact.AcknowledgedUtc = contact.RecordedUtc.AddHours(random.Next(1, 72));
                if (contact.AcknowledgedUtc > nowUtc)
                {
                    contact.AcknowledgedUtc = nowUtc;
                }
            }
        }

        db.MediaContacts.AddRange(contacts);
        await db.SaveChangesAsync(ct);

        // Two referrals to PSD: a contact the department doubts, and an article it cannot trace.
        var flagged = contacts.Where(c => c.ContactedUtc < nowUtc && c.ContactedUtc > nowUtc.AddDays(-60) && c.AcknowledgedUtc != null)
            .OrderBy(c => c.Id).First();
        db.SuspectedLeaks.Add(new SuspectedLeak
        {
            ForceId = force.Id,
            MediaContactId = flagged.Id,
            OutletId = flagged.OutletId,
            OutletName = flagged.OutletName,
            JournalistName = flagged.JournalistName,
            Reason = $"The story the next day carried details of the investigation that were not in the {mediaDepartment}'s briefing.",
            FlaggedBy = press,
            FlaggedUtc = flagged.AcknowledgedUtc!.Value.AddDays(1),
            Status = SuspectedLeakStatus.AwaitingPsd,
        });
        var (articleOutlet, articleJournalists) = Outlets[random.Next(Outlets.Length)];
        var published = today.AddDays(-random.Next(5, 40));
        db.SuspectedLeaks.Add(new SuspectedLeak
        {
            ForceId = force.Id,
            OutletId = outlets[articleOutlet].Id,
            OutletName = articleOutlet,
            JournalistName = articleJournalists[0],
            ArticleTitle = "Police named suspect before arrest, sources say",
            ArticlePublishedOn = published,
            ArticleUrl = null,
            Reason = "The article quotes an internal briefing; no contact with this journalist was logged in the week before.",
            FlaggedBy = press,
            FlaggedUtc = UkTime.StartOfDayUtc(published.AddDays(1)).AddHours(10),
            Status = SuspectedLeakStatus.AwaitingPsd,
        });
    }

    private static MediaContact Build(int forceId, Person person, IReadOnlyDictionary<string, Organisation> outlets, DateTime contactedUtc, DateTime nowUtc,
        Random random, bool preArranged = false)
    {
        var (outletName, journalists) = Outlets[random.Next(Outlets.Length)];
        var method = Pick(random, MediaContactMethod.Phone, MediaContactMethod.Phone, MediaContactMethod.Email, MediaContactMethod.Email,
            MediaContactMethod.Meeting, MediaContactMethod.Event, MediaContactMethod.SocialMedia, MediaContactMethod.Other);
        preArranged = preArranged || method is MediaContactMethod.Meeting or MediaContactMethod.Event || random.NextDouble() < 0.1;
        var visit = method == MediaContactMethod.Meeting && random.NextDouble() < 0.5;
        var authorised = person.Rank?.IsChiefOfficer() == true || random.NextDouble() < 0.6;

        // Pre-arranged contact is mostly logged days before; about a third only afterwards.
        // Other contact is logged within two days of it.
        var recorded = preArranged && random.NextDouble() < 0.65
            ? contactedUtc.AddDays(-random.Next(1, 10))
            : contactedUtc.AddHours(random.Next(1, 48));
        if (recorded > nowUtc)
        {
            recorded = nowUtc;
        }

        var outlet = outlets[outletName];
        return new MediaContact
        {
            ForceId = forceId,
            PersonId = person.Id,
            DepartmentId = person.DepartmentId,
            ContactedUtc = contactedUtc,
            JournalistName = journalists[random.Next(journalists.Length)],
            OutletId = outlet.Id,
            OutletName = outlet.Name,
            Method = method,
            WasPreArranged = preArranged,
            WasVisitToMediaEstablishment = visit,
            Subject = Subjects[random.Next(Subjects.Length)],
            Disclosed = Disclosures[random.Next(Disclosures.Length)],
            WasAuthorised = authorised,
            AuthorisedBy = authorised ? "Head of corporate communications" : null,
            RecordedUtc = recorded,
        };
    }

    /// <summary>The force's outlets: organisations it already has (the gifts data names some) or new ones.</summary>
    private async Task<IReadOnlyDictionary<string, Organisation>> OutletsAsync(int forceId, CancellationToken ct)
    {
        var names = Outlets.Select(o => o.Outlet).ToList();
        var existing = await db.Organisations.Where(o => o.ForceId == forceId && names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, ct);
        foreach (var name in names.Where(n => !existing.ContainsKey(n)))
        {
            var organisation = new Organisation { ForceId = forceId, Name = name };
            db.Organisations.Add(organisation);
            existing[name] = organisation;
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    /// <summary>A time in the working day, UK clock, as UTC.</summary>
    private static DateTime ContactTime(DateOnly day, Random random) =>
        UkTime.ToUtc(day, new TimeOnly(8, 0).AddMinutes(random.Next(0, 11 * 60)))!.Value;

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
