using IntegrityPortal.Core.Data;
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
        var contacts = await db.MediaContacts
            .Where(c => forceIds.Contains(c.ForceId) && c.ContactedUtc >= startUtc && c.ContactedUtc < endUtc)
            .GroupBy(c => c.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Logged = g.Count(),
                PreArranged = g.Count(c => c.WasPreArranged),
                Visits = g.Count(c => c.WasVisitToMediaEstablishment),
                InAdvance = g.Count(c => c.RecordedUtc < c.ContactedUtc),
                Acknowledged = g.Count(c => c.AcknowledgedUtc != null && c.AcknowledgedUtc < endUtc),
            })
            .ToListAsync(ct);
        var leaks = await db.SuspectedLeaks
            .Where(l => forceIds.Contains(l.ForceId) && l.FlaggedUtc >= startUtc && l.FlaggedUtc < endUtc)
            .GroupBy(l => l.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Flagged = g.Count(),
                CaseOpened = g.Count(l => l.Status == SuspectedLeakStatus.CaseOpened && l.AnsweredOn <= to),
                NoCase = g.Count(l => l.Status == SuspectedLeakStatus.NoCaseOpened && l.AnsweredOn <= to),
            })
            .ToListAsync(ct);
        return forceIds.ToDictionary(id => id, id =>
        {
            var c = contacts.SingleOrDefault(r => r.ForceId == id);
            var l = leaks.SingleOrDefault(r => r.ForceId == id);
            return new MediaFigures(c?.Logged ?? 0, c?.PreArranged ?? 0, c?.Visits ?? 0, c?.InAdvance ?? 0, c?.Acknowledged ?? 0,
                l?.Flagged ?? 0, l?.CaseOpened ?? 0, l?.NoCase ?? 0);
        });
    }
}
