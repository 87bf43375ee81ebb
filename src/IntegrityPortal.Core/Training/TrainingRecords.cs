using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Training;

/// <summary>Writing the training register: attendance at a session, recorded once per person, by the form and the import alike.</summary>
public static class TrainingRecords
{
    /// <summary>
    /// The session of the course on that day by that trainer (in any case), or a new one (added,
    /// not saved): a session is its course, date and trainer, for the form and the import alike.
    /// </summary>
    public static async Task<(TrainingSession Session, bool IsNew)> SessionAsync(IntegrityDbContext db, Course course, DateOnly heldOn, string trainer, CancellationToken ct)
    {
        var name = trainer.Trim();
        var upper = name.ToUpperInvariant();
        var known = await db.TrainingSessions.Where(s => s.CourseId == course.Id && s.HeldOn == heldOn && s.Trainer.ToUpper() == upper)
            .OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (known is not null)
        {
            return (known, false);
        }

        var session = new TrainingSession { ForceId = course.ForceId, CourseId = course.Id, HeldOn = heldOn, Trainer = name, CreatedUtc = db.Clock.GetUtcNow().UtcDateTime };
        db.TrainingSessions.Add(session);
        return (session, true);
    }

    /// <summary>
    /// Records the people (of the session's force) at the session; anyone already recorded there
    /// is left as they are. Returns how many were added. The caller saves.
    /// </summary>
    public static async Task<int> AddAttendanceAsync(IntegrityDbContext db, TrainingSession session, IEnumerable<int> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        var recorded = session.Id == 0
            ? []
            : await db.TrainingAttendances.Where(a => a.SessionId == session.Id && ids.Contains(a.PersonId)).Select(a => a.PersonId).ToListAsync(ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var personId in ids.Except(recorded))
        {
            db.TrainingAttendances.Add(new TrainingAttendance { ForceId = session.ForceId, Session = session, PersonId = personId, RecordedUtc = now });
            added++;
        }

        return added;
    }
}
