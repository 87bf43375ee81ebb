namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The nightly cross-check's one row: the lease that lets only one web node run it at a time,
/// and what the last run did. Not force-owned: the run covers every force.
/// </summary>
public class CrossCheckRun
{
    public const string NightlyName = "procurement-cross-check";

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Which node holds the lease, until when. A node that dies lets the lease lapse.</summary>
    public string? LeaseHolder { get; set; }
    public DateTime? LeaseExpiresUtc { get; set; }

    public DateTime? LastStartedUtc { get; set; }
    public DateTime? LastFinishedUtc { get; set; }
    public long? LastDurationMilliseconds { get; set; }

    /// <summary>New matches the last run recorded, over every force.</summary>
    public int? LastMatchesFound { get; set; }
}
