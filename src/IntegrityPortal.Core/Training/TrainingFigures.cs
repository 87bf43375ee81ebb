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
        var roles = course.RoleNames;
        return course.Audience switch
        {
            TrainingAudience.Everyone => people,
            TrainingAudience.Officers => people.Where(p => p.Kind == PersonKind.Officer),
            TrainingAudience.Staff => people.Where(p => p.Kind == PersonKind.Staff),
            TrainingAudience.Departments => people.Where(p => p.DepartmentId != null && ids.Contains(p.DepartmentId.Value)),
            TrainingAudience.Ranks => people.Where(p => p.Kind == PersonKind.Officer && p.Rank != null && ids.Contains((int)p.Rank.Value)),
            TrainingAudience.NamedPeople => people.Where(p => ids.Contains(p.Id)),
            // A role's id is its name; a person may have an account holding it.
            TrainingAudience.Roles => people.Where(p => db.Users.Any(u => u.PersonId == p.Id && db.UserRoles.Any(r => r.UserId == u.Id && roles.Contains(r.RoleId)))),
            _ => people.Where(p => false),
        };
    }

    /// <summary>The course's audience, each with the date of their last session of the course (null: never trained).</summary>
    public static IQueryable<TrainedPerson> WithLastTrained(IntegrityDbContext db, Course course)
    {
        var courseId = course.Id;
        return Audience(db, course).Select(p => new TrainedPerson
        {
            Person = p,
            LastTrained = db.TrainingAttendances.Where(a => a.PersonId == p.Id && a.Session!.CourseId == courseId).Max(a => (DateOnly?)a.Session!.HeldOn),
        });
    }

    /// <summary>The people of the course's audience who stand as <paramref name="standing"/> says on <paramref name="today"/>.</summary>
    public static IQueryable<TrainedPerson> WithStanding(IntegrityDbContext db, Course course, TrainingStanding standing, DateOnly today)
    {
        var (overdueBefore, dueBefore) = Dates(course, today);
        var people = WithLastTrained(db, course);
        return standing switch
        {
            TrainingStanding.Current => people.Where(r => r.LastTrained != null && r.LastTrained >= dueBefore),
            TrainingStanding.Due => people.Where(r => r.LastTrained != null && r.LastTrained >= overdueBefore && r.LastTrained < dueBefore),
            TrainingStanding.Overdue => people.Where(r => r.LastTrained != null && r.LastTrained < overdueBefore),
            _ => people.Where(r => r.LastTrained == null),
        };
    }

    public static async Task<IReadOnlyList<CourseCoverageRow>> CoverageByDepartmentAsync(IntegrityDbContext db, Course course, DateOnly today, CancellationToken ct = default)
    {
        var (overdueBefore, dueBefore) = Dates(course, today);
        return await WithLastTrained(db, course)
            .Select(r => new { r.Person.DepartmentId, Last = r.LastTrained })
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

    /// <summary>The courses of the person's force that they must take, each with their last session of it and their standing.</summary>
    public static async Task<IReadOnlyList<PersonCourse>> ForPersonAsync(IntegrityDbContext db, Person person, DateOnly today, CancellationToken ct = default)
    {
        var courses = await db.Courses.AsNoTracking().Where(c => c.ForceId == person.ForceId && c.IsActive).OrderBy(c => c.Title).ToListAsync(ct);
        var mine = new List<PersonCourse>();
        // A force has a handful of courses: one small query each keeps the audience rule in one place.
        foreach (var course in courses)
        {
            var row = await WithLastTrained(db, course).Where(r => r.Person.Id == person.Id).Select(r => new { r.LastTrained }).SingleOrDefaultAsync(ct);
            if (row is not null)
            {
                mine.Add(new PersonCourse(course, row.LastTrained, TrainingRules.StandingOn(today, row.LastTrained, course.RenewalYears)));
            }
        }

        return mine;
    }

    // A course taken once is never overdue or due: both dates are the earliest there is.
    private static (DateOnly OverdueBefore, DateOnly DueBefore) Dates(Course course, DateOnly today) =>
        (TrainingRules.OverdueBefore(today, course.RenewalYears) ?? DateOnly.MinValue, TrainingRules.DueBefore(today, course.RenewalYears) ?? DateOnly.MinValue);
}

/// <summary>A person of a course's audience and the date of their last session of it.</summary>
public sealed class TrainedPerson
{
    public required Person Person { get; init; }
    public DateOnly? LastTrained { get; init; }
}

/// <summary>A course a person must take, when they last took it, and where that leaves them.</summary>
public sealed record PersonCourse(Course Course, DateOnly? LastTrained, TrainingStanding Standing)
{
    /// <summary>When they must take it again; null for a course taken once (or never taken).</summary>
    public DateOnly? NextDue => LastTrained is { } last && Course.RenewalYears is { } years ? last.AddYears(years) : null;
}
