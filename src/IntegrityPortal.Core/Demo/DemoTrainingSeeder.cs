using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration training registers: each force runs an integrity course (every three years,
/// everyone), a social media course (every two years, everyone) and a media relations course for
/// its media-facing people (once: the press office and the chief officers, as Thames Valley trained
/// "staff who may need to speak with the media"). Sessions go back four years. Coverage is mixed:
/// most forces well trained, Thames Valley behind. The demonstration accounts are up to date,
/// except Thames Valley's officer and staff member, whose integrity course is overdue.
/// </summary>
public sealed class DemoTrainingSeeder(IntegrityDbContext db)
{
    private static readonly Dictionary<string, double> TrainedShare = new()
    {
        ["dyfed-powys"] = 0.85, ["cumbria"] = 0.9, ["avon-and-somerset"] = 0.8,
        ["thames-valley"] = 0.45, ["warwickshire"] = 0.95, ["west-mercia"] = 0.85,
    };

    public async Task SeedAsync(IReadOnlyList<Force> forces, DateOnly today, CancellationToken ct = default)
    {
        var accounts = await db.Users.Where(u => u.PersonId != null).Select(u => new { PersonId = u.PersonId!.Value, u.UserName }).ToListAsync(ct);
        var named = accounts.ToDictionary(a => a.PersonId, a => a.UserName!);
        var created = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var force in forces)
        {
            var random = new Random(9700 + force.Id);
            var share = TrainedShare.GetValueOrDefault(force.Code, 0.8);
            var people = await db.People.Where(p => p.ForceId == force.Id && p.IsActive)
                .Select(p => new { p.Id, Department = p.Department!.Name }).OrderBy(p => p.Id).ToListAsync(ct);
            var mediaFacing = people.Where(p => p.Department == "Chief Officer Group"
                || (named.TryGetValue(p.Id, out var user) && user.StartsWith("press-office.", StringComparison.Ordinal))).Select(p => p.Id).ToList();

            var integrity = Course(force, "Integrity and the Code of Ethics", CourseKind.Integrity, 3, TrainingAudience.Everyone, null, created);
            var social = Course(force, "Social media and your integrity", CourseKind.SocialMedia, 2, TrainingAudience.Everyone, null, created);
            var media = Course(force, "Media relations for media-facing staff", CourseKind.MediaRelations, null, TrainingAudience.NamedPeople,
                string.Join(',', mediaFacing), created);
            db.Courses.AddRange(integrity, social, media);
            await db.SaveChangesAsync(ct);

            // Sessions from four years ago to last month: someone trained at the oldest is overdue.
            var integritySessions = Sessions(force, integrity, today, [-1480, -800, -400, -150, -35], "PSD prevention team", created);
            var socialSessions = Sessions(force, social, today, [-900, -500, -120], "Corporate communications", created);
            var mediaSessions = Sessions(force, media, today, [-700, -60], "Head of corporate communications", created);
            await db.SaveChangesAsync(ct);

            foreach (var person in people)
            {
                if (named.TryGetValue(person.Id, out var userName))
                {
                    // The demonstration accounts are up to date, so their home pages show only what the demonstration needs.
                    var behind = force.Code == "thames-valley" && (userName.StartsWith("officer.", StringComparison.Ordinal) || userName.StartsWith("staff.", StringComparison.Ordinal));
                    Attend(behind ? integritySessions[0] : integritySessions[^1], person.Id, created);
                    Attend(socialSessions[^1], person.Id, created);
                }
                else
                {
                    // Most were trained at one of the sessions; some long ago (now overdue); the rest never.
                    if (random.NextDouble() < share)
                    {
                        Attend(integritySessions[random.Next(integritySessions.Count)], person.Id, created);
                    }

                    if (random.NextDouble() < share - 0.1)
                    {
                        Attend(socialSessions[random.Next(socialSessions.Count)], person.Id, created);
                    }
                }

                if (mediaFacing.Contains(person.Id) && (named.ContainsKey(person.Id) || random.NextDouble() < share))
                {
                    Attend(mediaSessions[random.Next(mediaSessions.Count)], person.Id, created);
                }
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static Course Course(Force force, string title, CourseKind kind, int? years, TrainingAudience audience, string? ids, DateTime created) => new()
    {
        ForceId = force.Id, Title = title, Kind = kind, RenewalYears = years, Audience = audience,
        AudienceIds = string.IsNullOrEmpty(ids) ? null : ids, CreatedUtc = created,
    };

    private List<TrainingSession> Sessions(Force force, Course course, DateOnly today, int[] daysAgo, string trainer, DateTime created)
    {
        var sessions = daysAgo.Select(d => new TrainingSession { ForceId = force.Id, CourseId = course.Id, HeldOn = today.AddDays(d), Trainer = trainer, CreatedUtc = created }).ToList();
        db.TrainingSessions.AddRange(sessions);
        return sessions;
    }

    private void Attend(TrainingSession session, int personId, DateTime created) =>
        db.TrainingAttendances.Add(new TrainingAttendance { ForceId = session.ForceId, Session = session, PersonId = personId, RecordedUtc = created });
}
