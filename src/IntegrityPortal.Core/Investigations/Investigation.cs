using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// An integrity investigation run by PSD. Status, dates and outcome change only through
/// <see cref="InvestigationWorkflow"/>; the log, the people concerned and the linked records
/// are child rows that are added, never edited or removed.
/// </summary>
public class Investigation : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }

    /// <summary>
    /// The series the case's number runs in: one per PSD, so "force-7" for a force with its own
    /// PSD and "alliance-1" for the forces of an alliance that share one. References are unique
    /// within a series, so wherever one PSD sees cases together no reference repeats.
    /// </summary>
    public string ReferenceSeries { get; set; } = string.Empty;

    /// <summary>The year the case was opened and its number within its PSD's series that year: "INV-2012-0031" (decision 0017).</summary>
    public int ReferenceYear { get; set; }
    public int ReferenceNumber { get; set; }

    public InvestigationCategory Category { get; set; }
    public InvestigationOrigin Origin { get; set; }

    /// <summary>What the case is about, in a sentence or two.</summary>
    public string Summary { get; set; } = string.Empty;

    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public InvestigationStatus Status { get; set; }
    public InvestigationOutcome? Outcome { get; set; }
    public string? OutcomeNote { get; set; }

    public string OpenedBy { get; set; } = string.Empty;
    public DateTime OpenedUtc { get; set; }

    public List<InvestigationPerson> People { get; set; } = [];
    public List<InvestigationLogEntry> LogEntries { get; set; } = [];
    public List<InvestigationLink> Links { get; set; } = [];

    /// <summary>Every change of status with the date it took effect, for figures of past periods.</summary>
    public List<InvestigationStatusChange> StatusChanges { get; set; } = [];

    /// <summary>The press office's flags of suspected leaks this case was opened from.</summary>
    public List<Media.SuspectedLeak> Flags { get; set; } = [];

    public int Version { get; set; }

    public string Reference => FormatReference(ReferenceYear, ReferenceNumber);

    public static string FormatReference(int year, int number) => $"INV-{year}-{number:D4}";

    /// <summary>The series of a force's cases: its alliance's if it has one (the alliance has one PSD), otherwise its own.</summary>
    public static string SeriesOf(Force force) => SeriesOf(force.Id, force.AllianceId);

    public static string SeriesOf(int forceId, int? allianceId) => allianceId is { } alliance ? $"alliance-{alliance}" : $"force-{forceId}";
}

/// <summary>A person of the case's force whom the case concerns.</summary>
public class InvestigationPerson : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int InvestigationId { get; set; }
    public int PersonId { get; set; }
    public People.Person? Person { get; set; }
    public string AddedBy { get; set; } = string.Empty;
    public DateTime AddedUtc { get; set; }
}

/// <summary>A dated entry in a case's log: written once, never changed or removed.</summary>
public class InvestigationLogEntry : IForceOwned, IAppendOnly, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int InvestigationId { get; set; }

    /// <summary>The business date the entry is about (an interview, a decision).</summary>
    public DateOnly EntryOn { get; set; }
    public string Text { get; set; } = string.Empty;
    public string Author { get; set; } = string.Empty;
    public DateTime RecordedUtc { get; set; }
}

/// <summary>
/// A link from a case to a record it concerns, by kind and id (decision 0016): the kinds live in
/// different registers, so there is no foreign key; <see cref="RecordLinks"/> checks the record
/// exists in the case's force when the link is made.
/// </summary>
public class InvestigationLink : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int InvestigationId { get; set; }
    public LinkedRecordKind Kind { get; set; }
    public int RecordId { get; set; }
    public string AddedBy { get; set; } = string.Empty;
    public DateTime AddedUtc { get; set; }
}
