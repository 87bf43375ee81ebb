using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// A force's procurement cross-check figures for a period, the one place they are counted, for
/// the governance reports: matches raised in the period (by the UK day they were raised), and of
/// those, how PSD had settled them by the end of the period. A match is settled once and never
/// changes after, so a past period does not change. <c>to</c> is inclusive. Meetings of the
/// quarterly cross-check are not recorded in the portal yet, so they are not counted here.
/// </summary>
/// <param name="Raised">Matches raised in the period.</param>
/// <param name="HighPriority">Of those, matches of high priority.</param>
/// <param name="NotAMatch">Of those, settled as not a match by the end of the period.</param>
/// <param name="NoConcern">Of those, settled as no concern by the end of the period.</param>
/// <param name="AdviceGiven">Of those, settled with advice given by the end of the period.</param>
/// <param name="Referred">Of those, referred to an investigation by the end of the period.</param>
public sealed record ProcurementFigures(int Raised, int HighPriority, int NotAMatch, int NoConcern, int AdviceGiven, int Referred)
{
    /// <summary>Matches raised in the period that PSD had not settled by its end.</summary>
    public int Open => Raised - NotAMatch - NoConcern - AdviceGiven - Referred;

    public static async Task<ProcurementFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var startUtc = UkTime.StartOfDayUtc(from);
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        var row = await db.ProcurementMatches
            .Where(m => m.ForceId == forceId && m.RaisedUtc >= startUtc && m.RaisedUtc < endUtc)
            .GroupBy(m => m.ForceId)
            .Select(g => new
            {
                Raised = g.Count(),
                High = g.Count(m => m.Priority == MatchPriority.High),
                NotAMatch = g.Count(m => m.Status == MatchStatus.NotAMatch && m.SettledUtc < endUtc),
                NoConcern = g.Count(m => m.Status == MatchStatus.NoConcern && m.SettledUtc < endUtc),
                Advice = g.Count(m => m.Status == MatchStatus.AdviceGiven && m.SettledUtc < endUtc),
                Referred = g.Count(m => m.Status == MatchStatus.Referred && m.SettledUtc < endUtc),
            })
            .SingleOrDefaultAsync(ct);
        return row is null
            ? new ProcurementFigures(0, 0, 0, 0, 0, 0)
            : new ProcurementFigures(row.Raised, row.High, row.NotAMatch, row.NoConcern, row.Advice, row.Referred);
    }
}
