using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Training;

/// <summary>A course's coverage in one department (null: no department recorded).</summary>
public sealed record CourseCoverageRow(int? DepartmentId, int Required, int Current, int Due, int Overdue, int NeverTrained);

/// <summary>
/// Training figures, counted by the database: who must take a course (its audience among the
/// force's active people), and of them who is current, due, overdue or never trained, by
/// department. The standing uses <see cref="TrainingRules"/>' two dates, as the pages do.
/// </summary>
public static class TrainingFigures
{
    /// <summary>The active people of the course's force who must take it.</summary>
    public static IQueryable<Person> Audience(IntegrityDbContext db, Course course)
    {
        var people = db.People.Where(p => p.IsActive && p.ForceId == course.ForceId);
        var ids = course.Ids;
        return course.Audience switch
        {
            TrainingAudience.Everyone => people,
            TrainingAudience.Officers => people.Where(p => p.Kind == PersonKind.Officer),
            TrainingAudience.Staff => people.Where(p => p.Kind == PersonKind.Staff),
            TrainingAudience.Departments => people.Where(p => p.DepartmentId != null && ids.Contains(p.DepartmentId.Value)),
            TrainingAudience.Ranks => people.Where(p => p.Kind == PersonKind.Officer && p.Rank != null && ids.Contains((int)p.Rank.Value)),
            TrainingAudience.NamedPeople => people.Where(p => ids.Contains(p.Id)),
            _ => people.Where(p => false),
        };
    }

    public static async Task<IReadOnlyList<CourseCoverageRow>> CoverageByDepartmentAsync(IntegrityDbContext db, Course course, DateOnly today, CancellationToken ct = default)
    {
        // A course taken once is never overdue or due: both dates are the earliest there is.
        var overdueBefore = TrainingRules.OverdueBefore(today, course.RenewalYears) ?? DateOnly.MinValue;
        var dueBefore = TrainingRules.DueBefore(today, course.RenewalYears) ?? DateOnly.MinValue;
        var courseId = course.Id;
        return await Audience(db, course)
            .Select(p => new
            {
                p.DepartmentId,
                Last = db.TrainingAttendances.Where(a => a.PersonId == p.Id && a.Session!.CourseId == courseId).Max(a => (DateOnly?)a.Session!.HeldOn),
            })
            .GroupBy(r => r.DepartmentId)
            .Select(g => new CourseCoverageRow(
                g.Key,
                g.Count(),
                g.Count(r => r.Last != null && r.Last >= dueBefore),
                g.Count(r => r.Last != null && r.Last >= overdueBefore && r.Last < dueBefore),
                g.Count(r => r.Last != null && r.Last < overdueBefore),
                g.Count(r => r.Last == null)))
            .ToListAsync(ct);
    }
}
