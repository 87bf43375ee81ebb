using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// The anti-corruption unit's staffing on a date: posts and full-time equivalents. One row per
/// force per date; the staffing at any date is the latest row on or before it (decision 0017).
/// </summary>
public class AcuStaffing : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public DateOnly AsOn { get; set; }
    public int Posts { get; set; }

    /// <summary>Full-time equivalents to two decimal places, such as 5.5.</summary>
    public decimal FullTimeEquivalent { get; set; }
    public string? Note { get; set; }
    public string RecordedBy { get; set; } = string.Empty;
    public DateTime RecordedUtc { get; set; }
    public int Version { get; set; }
}
