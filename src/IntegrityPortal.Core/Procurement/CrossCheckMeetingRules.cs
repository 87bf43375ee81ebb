using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>A rule of the meeting record broken; <see cref="Field"/> names the answer it belongs to.</summary>
public sealed class MeetingRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>An action as the recorder enters it: what, whose (a person of the force), by when.</summary>
public sealed record MeetingActionDetails(string Text, int OwnerId, DateOnly DueOn);

/// <summary>
/// Who reads, records and signs off the quarterly cross-check meeting, and the two things that
/// happen to a record: it is recorded once per force and quarter, and signed off by the head of
/// PSD, who must not be the person who recorded it (separation of duties). The caller saves.
/// </summary>
public static class CrossCheckMeetingRules
{
    public const int ActionLength = 1000;
    public const int MaximumAttendees = 30;
    public const int MaximumActions = 20;

    /// <summary>Who records the meeting: procurement and the head of PSD.</summary>
    public static readonly string[] RecorderRoles = [Roles.Procurement, Roles.HeadOfPsd];

    /// <summary>Who signs it off: the head of PSD.</summary>
    public static readonly string[] SignOffRoles = [Roles.HeadOfPsd];

    /// <summary>The record of the meeting of that quarter, with its attendees and actions; nothing is saved.</summary>
    public static async Task<CrossCheckMeeting> RecordAsync(IntegrityDbContext db, int forceId, Quarter quarter, DateOnly heldOn,
        IReadOnlyCollection<int> attendeeIds, IReadOnlyList<MeetingActionDetails> actions, CancellationToken ct = default)
    {
        if (await db.CrossCheckMeetings.AnyAsync(m => m.ForceId == forceId && m.QuarterYear == quarter.Year && m.QuarterNumber == quarter.Number, ct))
        {
            throw new MeetingRuleException("HeldOn", $"The meeting for {quarter.Describe()} is already recorded");
        }

        if (heldOn < quarter.FirstDay)
        {
            throw new MeetingRuleException("HeldOn", $"The meeting must be held on or after {quarter.FirstDay.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, the first day of the quarter it covers");
        }

        // Only people of the force attend or own actions; the force filter alone would let a partner force's through.
        var people = actions.Select(a => a.OwnerId).Concat(attendeeIds).Distinct().ToList();
        var found = await db.People.CountAsync(p => p.ForceId == forceId && people.Contains(p.Id), ct);
        if (found != people.Count)
        {
            throw new MeetingRuleException("Attendees", "Choose people of the force");
        }

        var meeting = new CrossCheckMeeting
        {
            ForceId = forceId, QuarterYear = quarter.Year, QuarterNumber = quarter.Number, HeldOn = heldOn,
            RecordedBy = db.Actor.UserName, RecordedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        meeting.Attendees.AddRange(attendeeIds.Distinct().Select(id => new MeetingAttendee { ForceId = forceId, PersonId = id }));
        meeting.Actions.AddRange(actions.Select(a => new MeetingAction { ForceId = forceId, Text = a.Text.Trim(), OwnerId = a.OwnerId, DueOn = a.DueOn }));
        db.CrossCheckMeetings.Add(meeting);
        return meeting;
    }

    /// <summary>Signs the record off as the current user; refused to the person who recorded it, and once signed off.</summary>
    public static void SignOff(IntegrityDbContext db, CrossCheckMeeting meeting)
    {
        if (meeting.SignedOffBy is not null)
        {
            throw new MeetingRuleException(string.Empty, "The meeting record is already signed off");
        }

        if (string.Equals(meeting.RecordedBy, db.Actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new MeetingRuleException(string.Empty, "You recorded this meeting: another head of PSD must sign it off");
        }

        meeting.SignedOffBy = db.Actor.UserName;
        meeting.SignedOffUtc = db.Clock.GetUtcNow().UtcDateTime;
    }
}
