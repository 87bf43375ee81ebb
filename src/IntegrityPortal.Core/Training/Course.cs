using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Training;

/// <summary>What a course is about, for the reports and the list.</summary>
public enum CourseKind
{
    Integrity = 1,
    MediaRelations = 2,
    SocialMedia = 3,
    Vetting = 4,
    InformationSecurity = 5,
    Other = 9,
}

/// <summary>Who must take a course.</summary>
public enum TrainingAudience
{
    Everyone = 1,
    Officers = 2,
    Staff = 3,
    /// <summary>The people of the departments chosen (<see cref="Course.AudienceIds"/>).</summary>
    Departments = 4,
    /// <summary>The officers of the ranks chosen (<see cref="Course.AudienceIds"/>).</summary>
    Ranks = 5,
    /// <summary>The people named (named posts: <see cref="Course.AudienceIds"/> holds their person ids).</summary>
    NamedPeople = 6,

    /// <summary>The people whose accounts hold the roles chosen (<see cref="Course.AudienceRoles"/>): the press office, PSD...</summary>
    Roles = 7,
}

/// <summary>
/// A course of a force's integrity training (integrity, media relations for media-facing staff,
/// social media, vetting...), who must take it and how often: once, or every N years.
/// </summary>
public class Course : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public required string Title { get; set; }
    public CourseKind Kind { get; set; }

    /// <summary>Years after which a person must take it again; null: once is enough.</summary>
    public int? RenewalYears { get; set; }

    public TrainingAudience Audience { get; set; }

    /// <summary>Department ids, ranks or person ids, comma-separated, as <see cref="Audience"/> says.</summary>
    public string? AudienceIds { get; set; }

    /// <summary>Role names, comma-separated, when <see cref="Audience"/> is <see cref="TrainingAudience.Roles"/>.</summary>
    public string? AudienceRoles { get; set; }

    public bool IsActive { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> RoleNames => (AudienceRoles ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<int> Ids =>
        (AudienceIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
}

/// <summary>One session of a course: when, and who gave it.</summary>
public class TrainingSession : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Trainer { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>A person's attendance at a session, recorded in the portal or imported from a CSV.</summary>
public class TrainingAttendance : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public DateTime RecordedUtc { get; set; }
}
