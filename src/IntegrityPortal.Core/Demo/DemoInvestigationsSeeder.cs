using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration investigations and anti-corruption unit staffing for one force. Between
/// 1 September 2011 and 31 May 2012 each force of HMIC's reports gets exactly the numbers of
/// its report (<see cref="ReportedFigures"/>); other cases fall before that window and in the
/// last year and a half, in every status. Each force has its own seeded <see cref="Random"/>.
/// </summary>
public sealed class DemoInvestigationsSeeder(IntegrityDbContext db)
{
    public const string DemoUser = "demo-data";
    public static readonly DateOnly PeriodFrom = new(2011, 9, 1);
    public static readonly DateOnly PeriodTo = new(2012, 5, 31);

    /// <summary>
    /// HMIC's figures for September 2011 to May 2012 (docs/domain.md); null where the report
    /// does not say. West Mercia was not inspected: its numbers are the demo's own.
    /// </summary>
    public sealed record Reported(int Instigated, int MediaDisclosure, int? MediaContinuing, int SocialMediaReferred, bool StaffReduced,
        (int Posts, decimal Fte) Staff2011, (int Posts, decimal Fte) Staff2012);

    public static readonly IReadOnlyDictionary<string, Reported> ReportedFigures = new Dictionary<string, Reported>
    {
        ["dyfed-powys"] = new(31, 4, 3, 2, false, (6, 5.5m), (6, 5.5m)),
        ["cumbria"] = new(17, 1, null, 4, false, (5, 5.0m), (5, 5.0m)),
        ["avon-and-somerset"] = new(61, 6, null, 2, false, (12, 11.0m), (12, 11.0m)),
        ["thames-valley"] = new(59, 3, 1, 7, true, (15, 14.5m), (13, 12.0m)),
        ["warwickshire"] = new(42, 2, null, 1, false, (5, 4.6m), (5, 4.6m)),
        ["west-mercia"] = new(20, 1, 1, 1, false, (8, 7.5m), (8, 7.5m)),
    };

    /// <summary>The forces HMIC reported on: West Mercia's demo numbers are not from a report.</summary>
    public static bool IsFromReport(string forceCode) => forceCode != "west-mercia";

    private static readonly string[] MediaSummaries =
        ["Details of an ongoing inquiry appeared in a regional newspaper before release", "Custody information quoted by a local radio reporter",
         "Photograph of a crime scene passed to a news website", "Name of a suspect given to a journalist before charge"];

    private static readonly string[] SocialMediaSummaries =
        ["Derogatory comments about members of the public posted on Facebook", "Photographs in uniform with offensive captions on Twitter",
         "Details of an incident attended posted on a personal Twitter account", "Inappropriate friend requests to a victim on Facebook"];

    private static readonly Dictionary<InvestigationCategory, string[]> OtherSummaries = new()
    {
        [InvestigationCategory.GiftsAndHospitality] = ["Undeclared hospitality from a supplier", "Repeated tickets accepted from a local business"],
        [InvestigationCategory.BusinessInterests] = ["Second job not declared", "Business interest conflicts with duties in licensing"],
        [InvestigationCategory.Procurement] = ["Contract awarded to a company linked to a member of staff", "Quotes split to avoid the tender threshold"],
        [InvestigationCategory.MisuseOfCorporateCard] = ["Personal purchases on a corporate card", "Hotel costs outside policy on a corporate card"],
        [InvestigationCategory.Other] = ["Misuse of police systems to look up a neighbour", "Association with a person of interest not declared"],
    };

    private static readonly string[] LogTexts =
        ["Assessment completed; terms of reference agreed", "Statement taken from the person concerned", "Systems audit requested and received",
         "Witness interviewed", "Update given to the complainant", "Report passed to the appropriate authority for a decision"];

    /// <summary>Adds the force's cases and staffing; the caller saves.</summary>
    public void SeedForce(Force force, IReadOnlyList<Person> people, DateOnly today, int seed)
    {
        var random = new Random(seed);
        var reported = ReportedFigures[force.Code];
        var concerned = people.Where(p => p.Department?.Name != "Professional Standards Department").ToList();
        var cases = new List<Investigation>();

        Investigation Case(InvestigationCategory category, InvestigationOrigin origin, DateOnly openedOn, DateOnly? closedOn, InvestigationStatus? status = null)
        {
            var summaries = category switch
            {
                InvestigationCategory.InappropriateDisclosureToMedia => MediaSummaries,
                InvestigationCategory.SocialMediaConduct => SocialMediaSummaries,
                _ => OtherSummaries[category],
            };
            var investigation = new Investigation
            {
                ForceId = force.Id,
                Category = category,
                Origin = origin,
                Summary = summaries[random.Next(summaries.Length)],
                OpenedOn = openedOn,
                ClosedOn = closedOn,
                Status = closedOn is not null ? InvestigationStatus.Closed : status ?? InvestigationStatus.Open,
                Outcome = closedOn is null ? null : Pick(random, Enum.GetValues<InvestigationOutcome>()),
                OpenedBy = DemoUser,
                OpenedUtc = openedOn.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc),
            };
            investigation.People.Add(Concerned(concerned[random.Next(concerned.Count)], investigation));
            if (random.NextDouble() < 0.25)
            {
                var second = concerned[random.Next(concerned.Count)];
                if (investigation.People.All(p => p.PersonId != second.Id))
                {
                    investigation.People.Add(Concerned(second, investigation));
                }
            }

            AddLog(investigation, openedOn, $"Case opened: {investigation.Summary.ToLowerInvariant()}");
            var last = closedOn ?? today;
            for (var i = random.Next(0, 3); i > 0 && last.DayNumber > openedOn.DayNumber + 1; i--)
            {
                AddLog(investigation, openedOn.AddDays(random.Next(1, last.DayNumber - openedOn.DayNumber)), LogTexts[random.Next(LogTexts.Length)]);
            }

            if (closedOn is { } closed)
            {
                AddLog(investigation, closed, $"Closed: {investigation.Outcome!.Value.Describe().ToLowerInvariant()}");
            }

            // The dated status changes the workflow would have recorded.
            AddStatus(investigation, InvestigationStatus.Open, openedOn);
            if (investigation.Status == InvestigationStatus.Continuing)
            {
                AddStatus(investigation, InvestigationStatus.Continuing, openedOn.AddDays(Math.Min(90, today.DayNumber - openedOn.DayNumber)));
            }
            else if (closedOn is { } closedDate)
            {
                AddStatus(investigation, InvestigationStatus.Closed, closedDate);
            }

            cases.Add(investigation);
            return investigation;
        }

        DateOnly InWindow(int latestOffsetFromEnd = 0) => PeriodFrom.AddDays(random.Next(0, PeriodTo.DayNumber - PeriodFrom.DayNumber + 1 - latestOffsetFromEnd));
        DateOnly ClosedInWindow(DateOnly opened) => opened.AddDays(random.Next(7, PeriodTo.DayNumber - opened.DayNumber + 1));
        DateOnly ClosedAfterWindow() => PeriodTo.AddDays(random.Next(14, 300));

        // Inappropriate disclosures to the media: those "continuing" were still open on 31 May 2012.
        var continuing = reported.MediaContinuing ?? random.Next(0, reported.MediaDisclosure + 1);
        for (var i = 0; i < reported.MediaDisclosure; i++)
        {
            var origin = i % 2 == 0 ? InvestigationOrigin.PressOfficeFlag : InvestigationOrigin.InternalReferral;
            if (i < continuing)
            {
                Case(InvestigationCategory.InappropriateDisclosureToMedia, origin, InWindow(), ClosedAfterWindow());
            }
            else
            {
                var opened = InWindow(30);
                Case(InvestigationCategory.InappropriateDisclosureToMedia, origin, opened, ClosedInWindow(opened));
            }
        }

        // HMIC's research on Facebook and Twitter, referred back to the force in early 2012.
        for (var i = 0; i < reported.SocialMediaReferred; i++)
        {
            var opened = new DateOnly(2012, 2, 1).AddDays(random.Next(0, 90));
            Case(InvestigationCategory.SocialMediaConduct, InvestigationOrigin.ExternalResearchReferral, opened,
                random.NextDouble() < 0.5 ? ClosedAfterWindow() : ClosedInWindow(opened));
        }

        // The rest of the cases instigated in the period, one of them a social media case the force found itself.
        var rest = reported.Instigated - reported.MediaDisclosure - reported.SocialMediaReferred;
        for (var i = 0; i < rest; i++)
        {
            var category = i == 0 ? InvestigationCategory.SocialMediaConduct
                : Pick(random, InvestigationCategory.GiftsAndHospitality, InvestigationCategory.BusinessInterests, InvestigationCategory.Procurement,
                    InvestigationCategory.MisuseOfCorporateCard, InvestigationCategory.Other, InvestigationCategory.Other);
            var origin = i == 0 ? InvestigationOrigin.InternalReferral
                : Pick(random, InvestigationOrigin.InternalReferral, InvestigationOrigin.PublicComplaint, InvestigationOrigin.Audit, InvestigationOrigin.Other);
            var opened = InWindow(30);
            Case(category, origin, opened, random.NextDouble() < 0.7 ? ClosedInWindow(opened) : ClosedAfterWindow());
        }

        // Before the window: closed long ago.
        for (var i = 0; i < 3; i++)
        {
            var opened = new DateOnly(2010, 6, 1).AddDays(random.Next(0, 400));
            Case(Pick(random, InvestigationCategory.GiftsAndHospitality, InvestigationCategory.InappropriateDisclosureToMedia, InvestigationCategory.Other),
                InvestigationOrigin.InternalReferral, opened, opened.AddDays(random.Next(30, 200)));
        }

        // Recent cases in every status.
        var statuses = new[] { InvestigationStatus.Open, InvestigationStatus.Open, InvestigationStatus.Continuing, InvestigationStatus.Continuing,
            InvestigationStatus.Closed, InvestigationStatus.Closed, InvestigationStatus.Closed };
        foreach (var status in statuses)
        {
            var opened = today.AddDays(-random.Next(status == InvestigationStatus.Continuing ? 200 : 10, 540));
            var closed = status == InvestigationStatus.Closed ? opened.AddDays(random.Next(5, today.DayNumber - opened.DayNumber + 1)) : (DateOnly?)null;
            Case(Pick(random, Enum.GetValues<InvestigationCategory>()), Pick(random, Enum.GetValues<InvestigationOrigin>()), opened, closed, status);
        }

        // References run per PSD's series per year in the order the cases were opened; the second
        // force of an alliance carries on from the first's numbers (forces are saved one by one).
        var series = Investigation.SeriesOf(force);
        foreach (var year in cases.GroupBy(c => c.OpenedOn.Year))
        {
            var number = db.Investigations.IgnoreQueryFilters()
                .Where(i => i.ReferenceSeries == series && i.ReferenceYear == year.Key)
                .Max(i => (int?)i.ReferenceNumber) ?? 0;
            foreach (var investigation in year.OrderBy(c => c.OpenedOn))
            {
                investigation.ReferenceSeries = series;
                investigation.ReferenceYear = year.Key;
                investigation.ReferenceNumber = ++number;
            }
        }

        db.Investigations.AddRange(cases);
        db.AcuStaffing.AddRange(
            Staffing(force, new DateOnly(2011, 4, 1), reported.Staff2011, "Figure given to HMIC for the 2011 inspection"),
            Staffing(force, new DateOnly(2012, 4, 1), reported.Staff2012, reported.StaffReduced ? "Posts deleted in the spending review" : null),
            Staffing(force, today.AddDays(-random.Next(60, 300)), (reported.Staff2012.Posts + 1, reported.Staff2012.Fte + 1m), "Analyst post added"));
    }

    private static void AddStatus(Investigation investigation, InvestigationStatus status, DateOnly effectiveOn) =>
        investigation.StatusChanges.Add(new InvestigationStatusChange
        {
            ForceId = investigation.ForceId,
            Status = status,
            EffectiveOn = effectiveOn,
            RecordedBy = DemoUser,
            RecordedUtc = effectiveOn.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
        });

    private static InvestigationPerson Concerned(Person person, Investigation investigation) => new()
    {
        ForceId = investigation.ForceId,
        PersonId = person.Id,
        AddedBy = DemoUser,
        AddedUtc = investigation.OpenedUtc,
    };

    private static void AddLog(Investigation investigation, DateOnly on, string text) =>
        investigation.LogEntries.Add(new InvestigationLogEntry
        {
            ForceId = investigation.ForceId,
            EntryOn = on,
            Text = text,
            Author = DemoUser,
            RecordedUtc = on.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc),
        });

    private static AcuStaffing Staffing(Force force, DateOnly asOn, (int Posts, decimal Fte) staff, string? note) => new()
    {
        ForceId = force.Id,
        AsOn = asOn,
        Posts = staff.Posts,
        FullTimeEquivalent = staff.Fte,
        Note = note,
        RecordedBy = DemoUser,
        RecordedUtc = asOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
    };

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
