using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// A policy of a force's library (gifts and hospitality, media relationships...), with its
/// versions. It belongs to the force that wrote it; an alliance can share one policy across its
/// forces, so who reads it is held in <see cref="Forces"/> (one row per force it applies to),
/// and the DbContext shows a policy to a user when one of those rows is in the user's scope.
/// </summary>
public class Policy : IAudited, IVersioned
{
    public int Id { get; set; }

    /// <summary>The force that wrote and keeps the policy.</summary>
    public int ForceId { get; set; }
    public Force? Force { get; set; }

    public required string Title { get; set; }
    public PolicySubject Subject { get; set; }

    /// <summary>Shared across the owning force's alliance: every force of the alliance has a row in <see cref="Forces"/>.</summary>
    public bool SharedWithAlliance { get; set; }

    public DateTime CreatedUtc { get; set; }
    public int Version { get; set; }

    public List<PolicyForce> Forces { get; set; } = [];
    public List<PolicyVersion> Versions { get; set; } = [];
}

/// <summary>A force a policy applies to: its own force, and the alliance's other forces when shared.</summary>
public class PolicyForce : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public Policy? Policy { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
}
