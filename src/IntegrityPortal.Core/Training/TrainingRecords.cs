using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Training;

/// <summary>Writing the training register: attendance at a session, recorded once per person, by the form and the import alike.</summary>
public static class TrainingRecords
{
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
