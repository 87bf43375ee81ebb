namespace IntegrityPortal.Core.Identity;

/// <summary>
/// One signed-in session, kept in the database so that every web node sees the same answer:
/// the cookie names its session, and a request is served only while that session is open.
/// Signing out, ending it from another session or disabling the account closes it at once.
/// Not audited: its last-seen time changes with use; sign-ins and sign-outs are security events.
/// </summary>
public class UserSession
{
    public long Id { get; set; }

    /// <summary>The random key the cookie carries (never shown): the indexed lookup of every request.</summary>
    public required string Key { get; set; }

    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public DateTime StartedUtc { get; set; }

    /// <summary>Updated at most once a minute, so ordinary use does not write on every request.</summary>
    public DateTime LastSeenUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>Why it ended: signed out, ended from another session, account disabled, expired.</summary>
    public string? EndedReason { get; set; }

    /// <summary>A summary of the browser ("Firefox on Windows") for the user's list; never the full user agent, never an address.</summary>
    public required string Browser { get; set; }
}
