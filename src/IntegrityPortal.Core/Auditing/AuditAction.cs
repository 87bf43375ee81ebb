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
}
