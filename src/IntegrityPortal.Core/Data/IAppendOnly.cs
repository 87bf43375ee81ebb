namespace IntegrityPortal.Core.Data;

/// <summary>A record written once and never changed or deleted: an audit event, a version of a declaration.</summary>
public interface IAppendOnly
{
}
