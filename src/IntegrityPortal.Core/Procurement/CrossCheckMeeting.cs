using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Procurement;

public enum MeetingActionStatus
{
    Open = 1,
    InProgress = 2,
    Completed = 3,
}

/// <summary>
/// The record of a force's quarterly procurement cross-check meeting (Thames Valley's practice:
/// the heads of procurement, PSD and the media department go through the quarter's pack
/// together): when it was held, who attended, the actions agreed, and the head of PSD's
/// sign-off. One per force and quarter (unique), so a second press of "Record" adds nothing.
/// Who recorded and who signed off are user names, as on a settled match; pages show the person.
/// </summary>
public class CrossCheckMeeting : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }

    /// <summary>The quarter the meeting went through: its year and number (1 = January to March).</summary>
    public int QuarterYear { get; set; }
    public int QuarterNumber { get; set; }

    public DateOnly HeldOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string? SignedOffBy { get; set; }
    public DateTime? SignedOffUtc { get; set; }
    public int Version { get; set; }
    public List<MeetingAttendee> Attendees { get; set; } = [];
    public List<MeetingAction> Actions { get; set; } = [];

    public Quarter Quarter => new(QuarterYear, QuarterNumber);
}

/// <summary>A person of the force who attended the meeting.</summary>
public class MeetingAttendee : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int MeetingId { get; set; }
    public CrossCheckMeeting? Meeting { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>An action agreed at the meeting: what, whose, by when, and how it stands.</summary>
public class MeetingAction : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int MeetingId { get; set; }
    public CrossCheckMeeting? Meeting { get; set; }
    public required string Text { get; set; }
    public int OwnerId { get; set; }
    public Person? Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public MeetingActionStatus Status { get; set; } = MeetingActionStatus.Open;
    public int Version { get; set; }
}

public static class MeetingActionStatusText
{
    public static string Describe(this MeetingActionStatus status) => status switch
    {
        MeetingActionStatus.Open => "Open",
        MeetingActionStatus.InProgress => "In progress",
        MeetingActionStatus.Completed => "Completed",
        _ => status.ToString(),
    };
}
