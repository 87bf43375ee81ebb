using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Training;

/// <summary>Who must take a course and where each stands, counted by the database with the rule the pages use.</summary>
public class TrainingFiguresTests
{
    [Theory]
    [InlineData("2026-12-01", null, TrainingStanding.NeverTrained)]
    [InlineData("2026-12-01", "2011-01-01", TrainingStanding.Current)]   // once is enough
    public void ACourseTakenOnce_IsCurrentForEverOnceTaken(string today, string? last, TrainingStanding expected) =>
        Assert.Equal(expected, TrainingRules.StandingOn(DateOnly.Parse(today), last is null ? null : DateOnly.Parse(last), null));

    [Theory]
    [InlineData("2024-12-01", TrainingStanding.Due)]       // due today: not yet overdue
    [InlineData("2024-11-30", TrainingStanding.Overdue)]
    [InlineData("2025-01-29", TrainingStanding.Due)]       // due 29 January 2027, within 60 days
    [InlineData("2025-01-31", TrainingStanding.Current)]   // due 31 January 2027, 61 days away
    public void EveryTwoYears_TheStandingFollowsTheRenewalDate(string last, TrainingStanding expected)
    {
        Assert.Equal(expected, TrainingRules.StandingOn(new DateOnly(2026, 12, 1), DateOnly.Parse(last), 2));
    }

    [Fact]
    public async Task Coverage_CountsEachPersonOfTheAudienceOnce_ByTheirLastSession()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var today = new DateOnly(2026, 12, 1);
        var course = new Course { ForceId = cumbria, Title = "Integrity and ethics", Kind = CourseKind.Integrity, RenewalYears = 2, Audience = TrainingAudience.Officers, CreatedUtc = DateTime.UtcNow };
        db.Courses.Add(course);
        var officers = await db.People.Where(p => p.ForceId == cumbria && p.IsActive && p.Kind == PersonKind.Officer).OrderBy(p => p.Id).ToListAsync();
        var staff = await db.People.FirstAsync(p => p.ForceId == cumbria && p.IsActive && p.Kind == PersonKind.Staff);
        var old = new TrainingSession { ForceId = cumbria, Course = course, HeldOn = new DateOnly(2024, 6, 1), Trainer = "PSD", CreatedUtc = DateTime.UtcNow };
        var soon = new TrainingSession { ForceId = cumbria, Course = course, HeldOn = new DateOnly(2025, 1, 15), Trainer = "PSD", CreatedUtc = DateTime.UtcNow };
        var recent = new TrainingSession { ForceId = cumbria, Course = course, HeldOn = new DateOnly(2026, 6, 1), Trainer = "PSD", CreatedUtc = DateTime.UtcNow };
        db.TrainingSessions.AddRange(old, soon, recent);
        // officer 0: old then recent (current, counted once); officer 1: old only (overdue);
        // officer 2: due soon; the rest: never. A member of staff trained is not in the audience.
        void Attend(TrainingSession session, Person person) =>
            db.TrainingAttendances.Add(new TrainingAttendance { ForceId = cumbria, Session = session, PersonId = person.Id, RecordedUtc = DateTime.UtcNow });
        Attend(old, officers[0]);
        Attend(recent, officers[0]);
        Attend(old, officers[1]);
        Attend(soon, officers[2]);
        Attend(recent, staff);
        await db.SaveChangesAsync();

        var rows = await TrainingFigures.CoverageByDepartmentAsync(db, course, today);

        Assert.Equal(officers.Count, rows.Sum(r => r.Required));
        Assert.Equal((1, 1, 1, officers.Count - 3), (rows.Sum(r => r.Current), rows.Sum(r => r.Due), rows.Sum(r => r.Overdue), rows.Sum(r => r.NeverTrained)));
        foreach (var department in officers.GroupBy(o => o.DepartmentId))
        {
            Assert.Equal(department.Count(), rows.Single(r => r.DepartmentId == department.Key).Required);
        }

        // The lists of people hold exactly the people the figures count, standing by standing.
        foreach (var standing in Enum.GetValues<TrainingStanding>())
        {
            var listed = await TrainingFigures.WithStanding(db, course, standing, today).Select(r => r.Person.Id).ToListAsync();
            Assert.Equal(rows.Sum(r => standing switch
            {
                TrainingStanding.Current => r.Current, TrainingStanding.Due => r.Due, TrainingStanding.Overdue => r.Overdue, _ => r.NeverTrained,
            }), listed.Count);
        }

        Assert.Equal(TrainingStanding.Overdue, (await TrainingFigures.ForPersonAsync(db, officers[1], today)).Single(c => c.Course.Id == course.Id).Standing);
        Assert.DoesNotContain(await TrainingFigures.ForPersonAsync(db, staff, today), c => c.Course.Id == course.Id);
    }

    [Fact]
    public async Task ACourseForRoles_IsForThePeopleWhoseAccountsHoldOneOfThem()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var course = new Course
        {
            ForceId = cumbria, Title = "Vetting", Kind = CourseKind.Vetting, Audience = TrainingAudience.Roles,
            AudienceRoles = $"{Core.Security.Roles.Psd},{Core.Security.Roles.Procurement}", CreatedUtc = DateTime.UtcNow,
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var holders = await db.Users.Where(u => u.ForceId == cumbria && u.PersonId != null
                && db.UserRoles.Any(r => r.UserId == u.Id && (r.RoleId == Core.Security.Roles.Psd || r.RoleId == Core.Security.Roles.Procurement)))
            .Select(u => u.PersonId!.Value).Distinct().OrderBy(id => id).ToListAsync();

        var audience = await TrainingFigures.Audience(db, course).Select(p => p.Id).OrderBy(id => id).ToListAsync();

        Assert.NotEmpty(holders);
        Assert.Equal(holders, audience);
    }

    [Fact]
    public async Task PeriodFigures_CountSessionsHeldInThePeriod_AndAttendanceAsItStoodAtItsEnd()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var people = await db.People.Where(p => p.ForceId == cumbria && p.IsActive).OrderBy(p => p.Id).Take(3).ToListAsync();
        var integrity = new Course { ForceId = cumbria, Title = "Integrity", Kind = CourseKind.Integrity, Audience = TrainingAudience.Everyone, CreatedUtc = DateTime.UtcNow };
        var media = new Course { ForceId = cumbria, Title = "Media", Kind = CourseKind.MediaRelations, Audience = TrainingAudience.Everyone, CreatedUtc = DateTime.UtcNow };
        var inPeriod = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        TrainingSession Session(Course course, DateOnly on) => new() { ForceId = cumbria, Course = course, HeldOn = on, Trainer = "PSD", CreatedUtc = inPeriod };
        var first = Session(integrity, new DateOnly(2026, 2, 10));
        var second = Session(integrity, new DateOnly(2026, 3, 1));
        var mediaSession = Session(media, new DateOnly(2026, 3, 2));
        var outside = Session(integrity, new DateOnly(2026, 5, 1));
        db.AddRange(integrity, media, first, second, mediaSession, outside);
        void Attend(TrainingSession session, Person person, DateTime recorded) =>
            db.TrainingAttendances.Add(new TrainingAttendance { ForceId = cumbria, Session = session, PersonId = person.Id, RecordedUtc = recorded });
        Attend(first, people[0], inPeriod);
        Attend(second, people[0], inPeriod);        // the same person twice on one course: one person trained
        Attend(mediaSession, people[1], inPeriod);
        Attend(outside, people[2], inPeriod);       // held after the period
        Attend(second, people[2], new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc)); // recorded after the period ended
        await db.SaveChangesAsync();

        var figures = (await TrainingPeriodFigures.ForForcesAsync(db, [cumbria], new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31)))[cumbria];

        Assert.Equal(3, figures.Sessions);
        Assert.Equal(2, figures.PeopleTrained);
        Assert.Equal([new CourseTrained("Integrity", 1), new CourseTrained("Media", 1)], figures.ByCourse);
    }
}
