using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.People;
using Microsoft.AspNetCore.Identity;

namespace IntegrityPortal.Core.Identity;

/// <summary>
/// A portal account. <see cref="ForceId"/> is the home force; only inspectors and national
/// administrators have none, and they see every force.
/// </summary>
public class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public int? ForceId { get; set; }
    public Force? Force { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>Disabled accounts cannot sign in; accounts are never deleted.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>
    /// The time step (30-second window since 1970) of the last authenticator code accepted for
    /// this account. A code is accepted only for a later step, so no code works twice.
    /// </summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}
