using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Identity;

namespace IntegrityPortal.Core.Security;

public enum RoleGrantStatus
{
    AwaitingApproval = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>
/// A force administrator's request to give an account a role that grants PSD, head of PSD,
/// DCC or PCC powers. The account gets the role only when the force's head of PSD approves
/// (see <see cref="RoleGrantWorkflow"/>). Kept after the decision, as the record of who asked
/// and who agreed.
/// </summary>
public class RoleGrant : IForceOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    /// <summary>The account's force: its head of PSD decides.</summary>
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public int Version { get; set; }

    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public required string Role { get; set; }

    public required string RequestedByUserId { get; set; }
    public required string RequestedByUserName { get; set; }
    public DateTime RequestedUtc { get; set; }

    public RoleGrantStatus Status { get; set; } = RoleGrantStatus.AwaitingApproval;
    public string? DecidedByUserId { get; set; }
    public string? DecidedByUserName { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public string? DecisionNote { get; set; }
}
