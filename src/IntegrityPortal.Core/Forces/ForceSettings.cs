using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Forces;

/// <summary>
/// Settings a force's administrator edits in the portal. One row per force; each register
/// adds the columns it needs here, so a force's configuration is in one place.
/// </summary>
public class ForceSettings : IForceOwned, IVersioned, IAudited
{
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public int Version { get; set; }

    /// <summary>What the force calls its professional standards department, shown to users.</summary>
    public string ProfessionalStandardsName { get; set; } = "Professional Standards Department";

    /// <summary>Where officers and staff send integrity questions; shown on the home page.</summary>
    public string? IntegrityContactEmail { get; set; }
}
