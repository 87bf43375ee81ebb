namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// What happened to a record, after the processing operations of the Data Protection Act 2018
/// s.62 (collection, alteration, consultation, disclosure).
/// </summary>
public enum AuditAction
{
    Created = 1,
    Changed = 2,
    /// <summary>A change of one of the record's statuses (ApprovalStatus, ReviewStatus...): a workflow step.</summary>
    Transition = 3,
    /// <summary>Someone read a sensitive record (consultation).</summary>
    Read = 4,
    /// <summary>Records left the portal in a file (disclosure).</summary>
    Export = 5,
    /// <summary>A link was removed, such as a role taken from a user.</summary>
    Removed = 6,

    // Security events of an account. Numbered from 20, apart from the record operations above.

    /// <summary>An account signed in (with the password, and the code where it has a second factor).</summary>
    SignedIn = 20,
    /// <summary>A sign-in was refused: wrong password or code, unknown account, locked or disabled account.</summary>
    SignInFailed = 21,
    SignedOut = 22,
    /// <summary>Too many failed attempts locked an account.</summary>
    LockedOut = 23,
    /// <summary>A second factor was set up, its recovery codes renewed, or it was reset by an administrator.</summary>
    TwoFactorChanged = 24,
}
