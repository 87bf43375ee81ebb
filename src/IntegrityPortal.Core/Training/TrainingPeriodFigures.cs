using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Training;

/// <summary>People trained on one course in a period.</summary>
public sealed record CourseTrained(string Course, int People);

/// <summary>
/// The training register's figures for a force and period, counted by the database, for the
/// governance reports: sessions held, the people who attended any of them, and the people trained
/// on each course.
/// </summary>
/// <remarks>
/// A session counts in the period it was held, and attendance as it stood at the end of the
/// period (recorded before the day after <c>to</c>): records are never deleted, so a past period's
/// figures do not change when last year's signing-in sheet is imported today. <c>to</c> is inclusive.
/// </remarks>
public sealed record TrainingPeriodFigures(int Sessions, int PeopleTrained, IReadOnlyList<CourseTrained> ByCourse)
{
    public static readonly TrainingPeriodFigures None = new(0, 0, []);

    /// <summary>Several forces' figures in three queries grouped by force; every force asked for is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, TrainingPeriodFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        var sessions = await db.TrainingSessions
            .Where(s => forceIds.Contains(s.ForceId) && s.HeldOn >= from && s.HeldOn <= to && s.CreatedUtc < endUtc)
            .GroupBy(s => s.ForceId).Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ForceId, g => g.Count, ct);
        var attended = db.TrainingAttendances
            .Where(a => forceIds.Contains(a.ForceId) && a.Session!.HeldOn >= from && a.Session.HeldOn <= to && a.RecordedUtc < endUtc);
        var people = await attended.Select(a => new { a.ForceId, a.PersonId }).Distinct()
            .GroupBy(a => a.ForceId).Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ForceId, g => g.Count, ct);
        var byCourse = (await attended.Select(a => new { a.ForceId, a.Session!.CourseId, a.Session.Course!.Title, a.PersonId }).Distinct()
                .GroupBy(a => new { a.ForceId, a.CourseId, a.Title }).Select(g => new { g.Key.ForceId, g.Key.Title, Count = g.Count() })
                .ToListAsync(ct))
            .ToLookup(c => c.ForceId);
        return forceIds.ToDictionary(id => id, id => new TrainingPeriodFigures(
            sessions.GetValueOrDefault(id),
            people.GetValueOrDefault(id),
            byCourse[id].OrderByDescending(c => c.Count).ThenBy(c => c.Title, StringComparer.Ordinal).Select(c => new CourseTrained(c.Title, c.Count)).ToList()));
    }
}
