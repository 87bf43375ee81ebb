using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.People;

public class Department : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public required string Name { get; set; }

    /// <summary>Departments are closed, never deleted: records keep pointing at them.</summary>
    public bool IsActive { get; set; } = true;

    public int Version { get; set; }
}
