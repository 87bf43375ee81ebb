using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>A quarter's media measures on the governance dashboard.</summary>
/// <param name="AcknowledgedByEnd">Of the contacts, those the media department had acknowledged by the quarter's end.</param>
/// <param name="LeaksFlagged">Suspected leaks the department flagged in the quarter.</param>
public sealed record MediaQuarter(
    int Contacts,
    int AcknowledgedByEnd,
    int LeaksFlagged,
    int LeaksCaseOpened,
    int LeaksNoCase,
    int LeaksAwaitingPsd);

/// <summary>Media contact and suspected-leak measures per quarter, each counted by the database (decision: dashboard figures).</summary>
public static class MediaQuarterMeasures
{
    /// <summary>
    /// Contacts are counted per quarter with those acknowledged by the quarter's end, so the
    /// figure of a past quarter does not move when an old contact is acknowledged later. A
    /// suspected leak counts in the quarter it was flagged, settled as it stands today.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<MediaQuarter>>> ByQuarterAsync(
        IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var leaks = await db.SuspectedLeaks.Where(l => l.ForceId == forceId)
            .Where(quarters.Within<SuspectedLeak>(l => l.FlaggedUtc))
            .GroupBy(quarters.IndexOf<SuspectedLeak>(l => l.FlaggedUtc))
            .Select(g => new
            {
                Index = g.Key,
                Count = g.Count(),
                CaseOpened = g.Count(l => l.Status == SuspectedLeakStatus.CaseOpened),
                NoCase = g.Count(l => l.Status == SuspectedLeakStatus.NoCaseOpened),
                Awaiting = g.Count(l => l.Status == SuspectedLeakStatus.AwaitingPsd),
            })
            .ToListAsync(ct);
        var figures = new List<QuarterFigures<MediaQuarter>>();
        for (var index = 0; index < quarters.All.Count; index++)
        {
            var quarter = quarters.All[index];
            var (start, end) = (quarter.StartUtc, quarter.EndUtc);
            var contacts = await db.MediaContacts
                .Where(c => c.ForceId == forceId && c.ContactedUtc >= start && c.ContactedUtc < end)
                .GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), Acknowledged = g.Count(c => c.AcknowledgedUtc != null && c.AcknowledgedUtc < end) })
                .SingleOrDefaultAsync(ct);
            var leak = leaks.SingleOrDefault(l => l.Index == index);
            figures.Add(new(quarter, new MediaQuarter(
                contacts?.Count ?? 0,
                contacts?.Acknowledged ?? 0,
                leak?.Count ?? 0,
                leak?.CaseOpened ?? 0,
                leak?.NoCase ?? 0,
                leak?.Awaiting ?? 0)));
        }

        return figures;
    }
}
