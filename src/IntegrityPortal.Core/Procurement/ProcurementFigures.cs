using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// A force's procurement cross-check figures for a period, the one place they are counted, for
/// the governance reports: matches raised in the period (by the UK day they were raised), and of
/// those, how PSD had settled them by the end of the period. A match is settled once and never
/// changes after, so a past period does not change. <c>to</c> is inclusive. Quarterly cross-check
/// meetings are counted by the day they were held, within the period (so by its end): a meeting
/// is recorded once, for a day that is today or past, and its day never changes.
/// </summary>
/// <param name="Raised">Matches raised in the period.</param>
/// <param name="HighPriority">Of those, matches of high priority.</param>
/// <param name="NotAMatch">Of those, settled as not a match by the end of the period.</param>
/// <param name="NoConcern">Of those, settled as no concern by the end of the period.</param>
/// <param name="AdviceGiven">Of those, settled with advice given by the end of the period.</param>
/// <param name="Referred">Of those, referred to an investigation by the end of the period.</param>
/// <param name="Merged">Of those, organisations entered twice that had been merged by the end of the period.</param>
public sealed record ProcurementFigures(int Raised, int HighPriority, int NotAMatch, int NoConcern, int AdviceGiven, int Referred, int Merged = 0)
{
    /// <summary>Matches raised in the period that PSD had not settled by its end.</summary>
    public int Open => Raised - NotAMatch - NoConcern - AdviceGiven - Referred - Merged;

    /// <summary>Quarterly cross-check meetings held in the period (by the day held).</summary>
    public int MeetingsHeld { get; init; }

    public static readonly ProcurementFigures None = new(0, 0, 0, 0, 0, 0);

    public static async Task<ProcurementFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, ct))[forceId];

    /// <summary>Several forces' figures in one query grouped by force; every force asked for is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, ProcurementFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var startUtc = UkTime.StartOfDayUtc(from);
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        var counted = await CountAsync(db.ProcurementMatches
            .Where(m => forceIds.Contains(m.ForceId) && m.RaisedUtc >= startUtc && m.RaisedUtc < endUtc)
            .Select(m => new Match { Group = m.ForceId, Priority = m.Priority, Status = m.Status, Settled = m.SettledUtc < endUtc }), ct);
        var meetings = await db.CrossCheckMeetings
            .Where(m => forceIds.Contains(m.ForceId) && m.HeldOn >= from && m.HeldOn <= to)
            .GroupBy(m => m.ForceId)
            .Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ForceId, g => g.Count, ct);
        return forceIds.ToDictionary(id => id, id => counted.GetValueOrDefault(id, None) with { MeetingsHeld = meetings.GetValueOrDefault(id) });
    }

    /// <summary>
    /// One force's figures for each of the dashboard's quarters, as <see cref="ForPeriodAsync"/>
    /// gives them quarter by quarter, in one query grouped by the quarter a match was raised in.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<ProcurementFigures>>> ByQuarterAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var (startUtc, endUtc) = (quarters.First.StartUtc, quarters.Current.EndUtc);
        var counted = await CountAsync(db.ProcurementMatches
            .Where(m => m.ForceId == forceId && m.RaisedUtc >= startUtc && m.RaisedUtc < endUtc)
            .Select(quarters.Expand((ProcurementMatch m) => new Match
            {
                Group = DashboardQuarters.Index(m.RaisedUtc),
                Priority = m.Priority,
                Status = m.Status,
                Settled = m.SettledUtc != null && DashboardQuarters.Index(m.SettledUtc.Value) <= DashboardQuarters.Index(m.RaisedUtc),
            })), ct);
        var meetings = await db.CrossCheckMeetings
            .Where(m => m.ForceId == forceId)
            .Where(quarters.Within<CrossCheckMeeting>(m => m.HeldOn))
            .GroupBy(quarters.IndexOf<CrossCheckMeeting>(m => m.HeldOn))
            .Select(g => new { Index = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Index, g => g.Count, ct);
        return quarters.Pair([.. quarters.All.Select((_, i) => counted.GetValueOrDefault(i, None) with { MeetingsHeld = meetings.GetValueOrDefault(i) })]);
    }

    /// <summary>A match as the figures count it, in a group (a force, or a quarter); <see cref="Settled"/>: by the end of the period.</summary>
    private sealed class Match
    {
        public int Group { get; init; }
        public MatchPriority Priority { get; init; }
        public MatchStatus Status { get; init; }
        public bool Settled { get; init; }
    }

    private static async Task<Dictionary<int, ProcurementFigures>> CountAsync(IQueryable<Match> matches, CancellationToken ct) =>
        await matches
            .GroupBy(m => m.Group)
            .Select(g => new
            {
                Group = g.Key,
                Figures = new ProcurementFigures(
                    g.Count(),
                    g.Count(m => m.Priority == MatchPriority.High),
                    g.Count(m => m.Status == MatchStatus.NotAMatch && m.Settled),
                    g.Count(m => m.Status == MatchStatus.NoConcern && m.Settled),
                    g.Count(m => m.Status == MatchStatus.AdviceGiven && m.Settled),
                    g.Count(m => m.Status == MatchStatus.Referred && m.Settled),
                    g.Count(m => m.Status == MatchStatus.Merged && m.Settled)),
            })
            .ToDictionaryAsync(r => r.Group, r => r.Figures, ct);
}
