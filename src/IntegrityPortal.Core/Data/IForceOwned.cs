namespace IntegrityPortal.Core.Data;

/// <summary>
/// A record that belongs to one force. The DbContext scopes every query of such a record to
/// the forces the current user may see, and refuses to save one into a force outside them.
/// </summary>
public interface IForceOwned
{
    int ForceId { get; }
}
