using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// A dated change of a case's status: opened, marked continuing, closed, reopened. Written once,
/// never changed. The case row holds the status now; these rows hold the status on any past
/// date, so a period's figures never move when a case is later reopened (decision on dated
/// status events).
/// </summary>
public class InvestigationStatusChange : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int InvestigationId { get; set; }

    /// <summary>The status from this date on.</summary>
    public InvestigationStatus Status { get; set; }

    /// <summary>The business date the change takes effect: the date opened or closed, the day reopened.</summary>
    public DateOnly EffectiveOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
    public DateTime RecordedUtc { get; set; }
}
