namespace IntegrityPortal.Core.Data;

/// <summary>
/// A domain record whose creation, changes and state transitions are written to the audit
/// trail in the same transaction as the change itself.
/// </summary>
public interface IAudited
{
}
