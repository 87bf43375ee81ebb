using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// A force's gift measures for a quarter that has ended, as the dashboard counted them: stored
/// the first time they are counted after the quarter's last day and read from then on. They are
/// final by then (each declaration is read as it stood on that day, and a step is dated the day
/// it is taken), so the dashboard counts only the quarters not yet stored: the current one
/// (decision 0074). Derived data: not audited, never edited.
/// </summary>
public sealed class GiftClosedQuarter : IForceOwned
{
    public int ForceId { get; set; }

    /// <summary>The first day of the quarter.</summary>
    public DateOnly FirstDay { get; set; }

    public int Declared { get; set; }
    public int Accepted { get; set; }
    public int AwaitingApproval { get; set; }
    public int ApprovalRefused { get; set; }
    public int Declined { get; set; }
    public long AcceptedValuePence { get; set; }
    public int FromSuppliers { get; set; }
    public int Late { get; set; }
    public int Reviewed { get; set; }
    public int NeedingAction { get; set; }
    public double? MedianDaysToDeclare { get; set; }
    public int BacklogCount { get; set; }
    public int? BacklogOldestDays { get; set; }
    public int BacklogOverAgeDays { get; set; }

    public GiftFigures Figures => new(Declared, Accepted, AwaitingApproval, ApprovalRefused, Declined, AcceptedValuePence, FromSuppliers, Late, Reviewed, NeedingAction);

    public ReviewBacklog Backlog => new(BacklogCount, BacklogOldestDays, BacklogOverAgeDays);

    /// <summary>The stored quarters among the dashboard's, by their first day.</summary>
    public static Task<Dictionary<DateOnly, GiftClosedQuarter>> StoredAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct) =>
        db.Set<GiftClosedQuarter>()
            .Where(c => c.ForceId == forceId && c.FirstDay >= quarters.First.FirstDay && c.FirstDay <= quarters.Current.FirstDay)
            .AsNoTracking()
            .ToDictionaryAsync(c => c.FirstDay, ct);

    /// <summary>
    /// Stores the counted quarters that have ended. Many first views of a dashboard at once
    /// (after a quarter ends, or on a new database) all count the same quarters: one at a time
    /// per node, each stores only what is still missing, so the first view's rows stay and the
    /// others add nothing (they are the same figures). Two nodes can still both store a quarter;
    /// the second save is refused by the key and its rows are dropped.
    /// </summary>
    public static async Task StoreAsync(IntegrityDbContext db, int forceId, IEnumerable<GiftClosedQuarter> ended, CancellationToken ct)
    {
        var rows = ended.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await Storing.WaitAsync(ct);
        try
        {
            var days = rows.Select(r => r.FirstDay).ToList();
            var already = await db.Set<GiftClosedQuarter>()
                .Where(c => c.ForceId == forceId && days.Contains(c.FirstDay))
                .Select(c => c.FirstDay)
                .ToListAsync(ct);
            rows.RemoveAll(r => already.Contains(r.FirstDay));
            if (rows.Count == 0)
            {
                return;
            }

            db.AddRange(rows);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                foreach (var row in rows)
                {
                    db.Entry(row).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            Storing.Release();
        }
    }

    // Rare (the first views after a quarter ends), so one gate for every force is enough.
    private static readonly SemaphoreSlim Storing = new(1, 1);

    public static GiftClosedQuarter Of(int forceId, Quarter quarter, GiftFigures figures, double? medianDaysToDeclare, ReviewBacklog backlog) => new()
    {
        ForceId = forceId,
        FirstDay = quarter.FirstDay,
        Declared = figures.Declared,
        Accepted = figures.Accepted,
        AwaitingApproval = figures.AwaitingApproval,
        ApprovalRefused = figures.ApprovalRefused,
        Declined = figures.Declined,
        AcceptedValuePence = figures.AcceptedValuePence,
        FromSuppliers = figures.FromSuppliers,
        Late = figures.Late,
        Reviewed = figures.Reviewed,
        NeedingAction = figures.NeedingAction,
        MedianDaysToDeclare = medianDaysToDeclare,
        BacklogCount = backlog.Count,
        BacklogOldestDays = backlog.OldestDays,
        BacklogOverAgeDays = backlog.OverAgeDays,
    };
}
