using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// A person's task to read a published version and confirm "I have read and understood". Created
/// for everyone in the audience when the version is published (<see cref="PolicyPublishing"/>);
/// it belongs to the person's force, so each force counts its own people.
/// </summary>
public class PolicyTask : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int PolicyVersionId { get; set; }
    public PolicyVersion? PolicyVersion { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>When the person confirmed they have read and understood it; null until then.</summary>
    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>The UK date of the confirmation: compared with <see cref="DueOn"/> by the figures (confirmed by the due date).</summary>
    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>Attempts at the check so far; also seeds the order the options are shown in.</summary>
    public int Attempts { get; set; }

    public int Version { get; set; }
}

/// <summary>One attempt at a version's check: what was chosen and whether it passed. Never changed.</summary>
public class PolicyAttempt : IForceOwned, IAudited, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int PolicyTaskId { get; set; }
    public PolicyTask? PolicyTask { get; set; }
    public DateTime AttemptedUtc { get; set; }

    /// <summary>The option chosen for each question, by index, comma-separated ("-1" where none was chosen).</summary>
    public required string Answers { get; set; }

    public int Correct { get; set; }
    public int Questions { get; set; }
    public bool Passed { get; set; }
}
