using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Investigations;

/// <summary>The figures for one category of case in a period.</summary>
/// <param name="Instigated">Cases opened in the period.</param>
/// <param name="ContinuingAtPeriodEnd">Of those, cases whose status on the last day of the period, by the dated status changes, was not closed (HMIC's "continuing").</param>
/// <param name="OpenNow">Of those, cases not closed today.</param>
public sealed record CategoryFigures(InvestigationCategory Category, int Instigated, int ContinuingAtPeriodEnd, int OpenNow);

/// <summary>
/// A force's investigation figures for a period, the sentences of HMIC's force reports: "the
/// force instigated 31 investigations", "four instances of inappropriate disclosure to the
/// media, three of which were continuing", "two cases ... on Facebook or Twitter, referred
/// back to the force", "no change in the number of staff working in the anti-corruption unit".
/// Counted by the database; the governance reports use this one class.
/// </summary>
public sealed record InvestigationFigures(
    int ForceId,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CategoryFigures> ByCategory,
    int SocialMediaFromExternalReferral,
    StaffingChange Staffing)
{
    public int Instigated => ByCategory.Sum(c => c.Instigated);
    public int ContinuingAtPeriodEnd => ByCategory.Sum(c => c.ContinuingAtPeriodEnd);
    public int OpenNow => ByCategory.Sum(c => c.OpenNow);

    public CategoryFigures For(InvestigationCategory category) =>
        ByCategory.SingleOrDefault(c => c.Category == category) ?? new CategoryFigures(category, 0, 0, 0);

    /// <param name="baseline">The date staffing is compared from; the start of the period if not given.</param>
    public static async Task<InvestigationFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to,
        DateOnly? baseline = null, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, baseline, ct))[forceId];

    /// <summary>
    /// Several forces' figures in a fixed number of queries grouped by force (cases by force and
    /// category, social media referrals, staffing at the two dates), however many forces.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, InvestigationFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds,
        DateOnly from, DateOnly to, DateOnly? baseline = null, CancellationToken ct = default)
    {
        var instigated = db.Investigations.Where(i => forceIds.Contains(i.ForceId) && i.OpenedOn >= from && i.OpenedOn <= to);
        // The status on the last day is the last recorded change effective by then, so a case
        // reopened after the period still counts as closed in it.
        var rows = await instigated
            .Select(i => new
            {
                i.ForceId,
                i.Category,
                StatusAtEnd = i.StatusChanges.Where(s => s.EffectiveOn <= to).OrderByDescending(s => s.Id).Select(s => (InvestigationStatus?)s.Status).FirstOrDefault(),
                i.Status,
            })
            .GroupBy(i => new { i.ForceId, i.Category })
            .Select(g => new
            {
                g.Key.ForceId,
                g.Key.Category,
                Instigated = g.Count(),
                Continuing = g.Count(i => i.StatusAtEnd != InvestigationStatus.Closed),
                OpenNow = g.Count(i => i.Status != InvestigationStatus.Closed),
            })
            .ToListAsync(ct);
        var socialMedia = await instigated
            .Where(i => i.Category == InvestigationCategory.SocialMediaConduct && i.Origin == InvestigationOrigin.ExternalResearchReferral)
            .GroupBy(i => i.ForceId)
            .Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ForceId, x => x.Count, ct);
        var staffing = await StaffingChange.BetweenForForcesAsync(db, forceIds, baseline ?? from, to, ct);
        return forceIds.ToDictionary(id => id, id =>
        {
            var byCategory = Enum.GetValues<InvestigationCategory>()
                .Select(c => rows.SingleOrDefault(r => r.ForceId == id && r.Category == c) is { } r
                    ? new CategoryFigures(c, r.Instigated, r.Continuing, r.OpenNow)
                    : new CategoryFigures(c, 0, 0, 0))
                .ToList();
            return new InvestigationFigures(id, from, to, byCategory, socialMedia.GetValueOrDefault(id), staffing[id]);
        });
    }

    // Governance dashboard: quarterly measures (decision: dashboard figures).

    /// <summary>
    /// Per quarter: cases opened; cases closed (a case closed in the quarter, by its dated status
    /// changes, even if reopened since); and cases continuing at the quarter's end (opened by
    /// then, and not closed by their latest status change by then). So a reopening never
    /// changes a past quarter.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<CaseQuarter>>> ByQuarterAsync(
        IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var opened = await db.Investigations.Where(i => i.ForceId == forceId)
            .Where(quarters.Within<Investigation>(i => i.OpenedOn))
            .GroupBy(quarters.IndexOf<Investigation>(i => i.OpenedOn))
            .Select(g => new { Index = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        // A case closed in a quarter counts once there, however often it was closed and reopened in it.
        var closed = await db.InvestigationStatusChanges
            .Where(s => s.ForceId == forceId && s.Status == InvestigationStatus.Closed)
            .Where(quarters.Within<InvestigationStatusChange>(s => s.EffectiveOn))
            .GroupBy(quarters.IndexOf<InvestigationStatusChange>(s => s.EffectiveOn))
            .Select(g => new { Index = g.Key, Count = g.Select(s => s.InvestigationId).Distinct().Count() })
            .ToListAsync(ct);
        // Continuing at each quarter's end: each case opened by then paired with each end (the ends
        // go to the database as one list parameter), its latest status by that end read by index.
        // A case closed by the first end and not reopened since (closing is then its last step)
        // was closed at every end, so only the others are paired: the open, and the recently closed.
        var ends = quarters.All.Select(q => q.LastDay).ToList();
        var firstEnd = quarters.First.LastDay;
        var continuing = await db.Investigations
            .Where(i => i.ForceId == forceId && i.OpenedOn <= quarters.Current.LastDay)
            .Where(i => i.Status != InvestigationStatus.Closed || i.ClosedOn > firstEnd)
            .SelectMany(i => ends.Where(end => i.OpenedOn <= end), (i, end) => new
            {
                End = end,
                Status = i.StatusChanges.Where(s => s.EffectiveOn <= end).OrderByDescending(s => s.Id).Select(s => (InvestigationStatus?)s.Status).FirstOrDefault(),
            })
            .Where(x => x.Status != InvestigationStatus.Closed)
            .GroupBy(x => x.End)
            .Select(g => new { End = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. quarters.All.Select((q, index) => new QuarterFigures<CaseQuarter>(q, new CaseQuarter(
            opened.SingleOrDefault(r => r.Index == index)?.Count ?? 0,
            closed.SingleOrDefault(r => r.Index == index)?.Count ?? 0,
            continuing.SingleOrDefault(r => r.End == q.LastDay)?.Count ?? 0)))];
    }

    /// <summary>Cases open today by how long they have been open: under 3 months, 3 to 6, 6 to 12, over 12.</summary>
    public static async Task<CaseAgeing> OpenCaseAgeingAsync(IntegrityDbContext db, int forceId, DateOnly today, CancellationToken ct = default)
    {
        var threeMonths = today.AddMonths(-3);
        var sixMonths = today.AddMonths(-6);
        var twelveMonths = today.AddMonths(-12);
        var row = await db.Investigations
            .Where(i => i.ForceId == forceId && i.Status != InvestigationStatus.Closed)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Under3 = g.Count(i => i.OpenedOn > threeMonths),
                From3To6 = g.Count(i => i.OpenedOn <= threeMonths && i.OpenedOn > sixMonths),
                From6To12 = g.Count(i => i.OpenedOn <= sixMonths && i.OpenedOn > twelveMonths),
                Over12 = g.Count(i => i.OpenedOn <= twelveMonths),
            })
            .SingleOrDefaultAsync(ct);
        return row is null ? new CaseAgeing(0, 0, 0, 0) : new CaseAgeing(row.Under3, row.From3To6, row.From6To12, row.Over12);
    }
}

/// <summary>A quarter's investigation measures on the governance dashboard.</summary>
public sealed record CaseQuarter(int Opened, int Closed, int ContinuingAtEnd);

/// <summary>Cases open today by age.</summary>
public sealed record CaseAgeing(int UnderThreeMonths, int ThreeToSixMonths, int SixToTwelveMonths, int OverTwelveMonths)
{
    public int Total => UnderThreeMonths + ThreeToSixMonths + SixToTwelveMonths + OverTwelveMonths;
}
