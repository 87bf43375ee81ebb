using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.SelfAssessment;

public enum AssessmentStatus
{
    InProgress = 1,
    Completed = 2,
}

/// <summary>How far the force meets a checklist item.</summary>
public enum ItemRating
{
    Met = 1,
    PartlyMet = 2,
    NotMet = 3,
}

public enum ActionStatus
{
    Open = 1,
    InProgress = 2,
    Completed = 3,
}

/// <summary>
/// A force's self-assessment against a checklist version, as Warwickshire "conducted a
/// self-assessment ... identified actions ... and monitored its progress in completing these
/// actions". One answer per item of the version, written when the assessment starts.
/// </summary>
public class Assessment : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int TemplateId { get; set; }
    public AssessmentTemplate? Template { get; set; }
    public required string Title { get; set; }
    public DateOnly StartedOn { get; set; }
    public AssessmentStatus Status { get; set; } = AssessmentStatus.InProgress;
    public DateOnly? CompletedOn { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; }
    public List<AssessmentAnswer> Answers { get; set; } = [];
}

/// <summary>The force's answer to one checklist item: its rating and the evidence for it.</summary>
public class AssessmentAnswer : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int AssessmentId { get; set; }
    public Assessment? Assessment { get; set; }
    public int TemplateItemId { get; set; }
    public TemplateItem? TemplateItem { get; set; }

    /// <summary>Null until the item is rated.</summary>
    public ItemRating? Rating { get; set; }

    public string? Evidence { get; set; }
    public int Version { get; set; }
    public List<AssessmentAction> Actions { get; set; } = [];
}

/// <summary>An action the force set itself against an item: what, who owns it, by when, and how it stands.</summary>
public class AssessmentAction : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int AnswerId { get; set; }
    public AssessmentAnswer? Answer { get; set; }
    public required string Description { get; set; }
    public int OwnerId { get; set; }
    public Person? Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;

    /// <summary>Set once, the day the action was completed: the figures of past periods read it.</summary>
    public DateOnly? CompletedOn { get; set; }

    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; }
    public List<ActionNote> Notes { get; set; } = [];
}

/// <summary>A progress note on an action, kept as written.</summary>
public class ActionNote : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int ActionId { get; set; }
    public required string Text { get; set; }

    /// <summary>The account that wrote it; pages show the person behind it (PersonNames).</summary>
    public required string WrittenBy { get; set; }

    public DateTime WrittenUtc { get; set; }
}
