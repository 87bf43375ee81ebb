using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// A force's media figures for a period: contacts with journalists logged and the press
/// office's flags of suspected leaks, the one place they are counted, for the governance
/// reports. Contacts and flags are selected by the UK day they happened or were raised; an
/// acknowledgement or PSD's answer counts only if given by the end of the period, and neither
/// is ever undone, so a past period does not change. <c>to</c> is inclusive.
/// </summary>
/// <param name="ContactsLogged">Contacts that took place in the period.</param>
/// <param name="PreArranged">Of those, contacts arranged beforehand.</param>
/// <param name="VisitsToMediaEstablishments">Of those, visits to a media establishment.</param>
/// <param name="NotifiedInAdvance">Of those, contacts logged before they took place.</param>
/// <param name="Acknowledged">Of those, contacts the media department had acknowledged by the end of the period.</param>
/// <param name="SuspectedLeaks">Flags of suspected leaks raised in the period.</param>
/// <param name="LeaksCaseOpened">Of those, flags PSD had answered by opening a case by the end of the period.</param>
/// <param name="LeaksNoCase">Of those, flags PSD had answered with no case by the end of the period.</param>
public sealed record MediaFigures(
    int ContactsLogged,
    int PreArranged,
    int VisitsToMediaEstablishments,
    int NotifiedInAdvance,
    int Acknowledged,
    int SuspectedLeaks,
    int LeaksCaseOpened,
    int LeaksNoCase)
{
    /// <summary>Flags raised in the period that PSD had not answered by its end.</summary>
    public int LeaksAwaitingPsd => SuspectedLeaks - LeaksCaseOpened - LeaksNoCase;

    public static async Task<MediaFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, ct))[forceId];

    /// <summary>Several forces' figures in two queries grouped by force (contacts, flags); every force asked for is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, MediaFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var startUtc = UkTime.StartOfDayUtc(from);
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        var figures = await CountAsync(
            db.MediaContacts
                .Where(c => forceIds.Contains(c.ForceId) && c.ContactedUtc >= startUtc && c.ContactedUtc < endUtc)
                .Select(c => new Contact { Group = c.ForceId, PreArranged = c.WasPreArranged, Visit = c.WasVisitToMediaEstablishment, InAdvance = c.RecordedUtc < c.ContactedUtc, Acknowledged = c.AcknowledgedUtc != null && c.AcknowledgedUtc < endUtc }),
            db.SuspectedLeaks
                .Where(l => forceIds.Contains(l.ForceId) && l.FlaggedUtc >= startUtc && l.FlaggedUtc < endUtc)
                .Select(l => new Flag { Group = l.ForceId, Status = l.Status, Answered = l.AnsweredOn <= to }),
            ct);
        return forceIds.ToDictionary(id => id, id => figures.GetValueOrDefault(id, None));
    }

    /// <summary>
    /// One force's figures for each of the dashboard's quarters, exactly as <see cref="ForPeriodAsync"/>
    /// gives them quarter by quarter, in the same two queries grouped by the contact's or flag's
    /// quarter: an acknowledgement or answer counts when it came by the end of that quarter.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<MediaFigures>>> ByQuarterAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var (startUtc, endUtc) = (quarters.First.StartUtc, quarters.Current.EndUtc);
        var figures = await CountAsync(
            db.MediaContacts
                .Where(c => c.ForceId == forceId && c.ContactedUtc >= startUtc && c.ContactedUtc < endUtc)
                .Select(quarters.Expand((MediaContact c) => new Contact
                {
                    Group = DashboardQuarters.Index(c.ContactedUtc),
                    PreArranged = c.WasPreArranged,
                    Visit = c.WasVisitToMediaEstablishment,
                    InAdvance = c.RecordedUtc < c.ContactedUtc,
                    Acknowledged = c.AcknowledgedUtc != null && DashboardQuarters.Index(c.AcknowledgedUtc.Value) <= DashboardQuarters.Index(c.ContactedUtc),
                })),
            db.SuspectedLeaks
                .Where(l => l.ForceId == forceId && l.FlaggedUtc >= startUtc && l.FlaggedUtc < endUtc)
                .Select(quarters.Expand((SuspectedLeak l) => new Flag
                {
                    Group = DashboardQuarters.Index(l.FlaggedUtc),
                    Status = l.Status,
                    Answered = l.AnsweredOn != null && DashboardQuarters.Index(l.AnsweredOn.Value) <= DashboardQuarters.Index(l.FlaggedUtc),
                })),
            ct);
        return [.. quarters.All.Select((q, i) => new QuarterFigures<MediaFigures>(q, figures.GetValueOrDefault(i, None)))];
    }

    private static readonly MediaFigures None = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>A contact as the figures count it, in a group (a force, or a quarter).</summary>
    private sealed class Contact
    {
        public int Group { get; init; }
        public bool PreArranged { get; init; }
        public bool Visit { get; init; }
        public bool InAdvance { get; init; }
        public bool Acknowledged { get; init; }
    }

    /// <summary>A flag of a suspected leak as the figures count it; <see cref="Answered"/>: by the end of the period.</summary>
    private sealed class Flag
    {
        public int Group { get; init; }
        public SuspectedLeakStatus Status { get; init; }
        public bool Answered { get; init; }
    }

    private static async Task<Dictionary<int, MediaFigures>> CountAsync(IQueryable<Contact> contacts, IQueryable<Flag> flags, CancellationToken ct)
    {
        var counted = await contacts
            .GroupBy(c => c.Group)
            .Select(g => new
            {
                Group = g.Key,
                Logged = g.Count(),
                PreArranged = g.Count(c => c.PreArranged),
                Visits = g.Count(c => c.Visit),
                InAdvance = g.Count(c => c.InAdvance),
                Acknowledged = g.Count(c => c.Acknowledged),
            })
            .ToDictionaryAsync(r => r.Group, ct);
        var flagged = await flags
            .GroupBy(l => l.Group)
            .Select(g => new
            {
                Group = g.Key,
                Flagged = g.Count(),
                CaseOpened = g.Count(l => l.Status == SuspectedLeakStatus.CaseOpened && l.Answered),
                NoCase = g.Count(l => l.Status == SuspectedLeakStatus.NoCaseOpened && l.Answered),
            })
            .ToDictionaryAsync(r => r.Group, ct);
        return counted.Keys.Union(flagged.Keys).ToDictionary(group => group, group =>
        {
            var c = counted.GetValueOrDefault(group);
            var l = flagged.GetValueOrDefault(group);
            return new MediaFigures(c?.Logged ?? 0, c?.PreArranged ?? 0, c?.Visits ?? 0, c?.InAdvance ?? 0, c?.Acknowledged ?? 0,
                l?.Flagged ?? 0, l?.CaseOpened ?? 0, l?.NoCase ?? 0);
        });
    }
}
