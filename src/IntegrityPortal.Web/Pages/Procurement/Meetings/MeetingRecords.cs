using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>A meeting read for the pages: people by name and rank or grade, never by user name.</summary>
public static class MeetingRecords
{
    public static async Task<MeetingRecord?> ForQuarterAsync(IntegrityDbContext db, PersonNames names, int forceId, Quarter quarter, CancellationToken ct)
    {
        var id = await db.CrossCheckMeetings.Where(m => m.ForceId == forceId && m.QuarterYear == quarter.Year && m.QuarterNumber == quarter.Number)
            .Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
        return id is null ? null : await ByIdAsync(db, names, id.Value, ct);
    }

    /// <summary>The meeting within the user's forces (the force filter), or null.</summary>
    public static async Task<MeetingRecord?> ByIdAsync(IntegrityDbContext db, PersonNames names, int id, CancellationToken ct)
    {
        var meeting = await db.CrossCheckMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return null;
        }

        var attendees = (await db.MeetingAttendees.AsNoTracking().Where(a => a.MeetingId == id).Select(a => a.Person!).ToListAsync(ct))
            .Select(p => p.NameAndRankOrGrade).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var actions = (await db.MeetingActions.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.DueOn).ThenBy(a => a.Id)
                .Select(a => new { a.Text, a.Owner, a.DueOn, a.Status }).ToListAsync(ct))
            .Select(a => new MeetingRecord.ActionRow(a.Text, a.Owner!.NameAndRankOrGrade, a.DueOn, a.Status)).ToList();
        return new MeetingRecord(meeting.Id, meeting.HeldOn, attendees, actions, await names.OfAsync(meeting.RecordedBy), meeting.RecordedUtc,
            meeting.SignedOffBy is null ? null : await names.OfAsync(meeting.SignedOffBy), meeting.SignedOffUtc, meeting.RecordedBy);
    }
}
