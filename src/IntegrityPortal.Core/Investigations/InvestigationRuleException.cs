namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// A step the investigation rules do not allow. <see cref="Field"/> names the input the
/// message belongs beside (ClosedOn, Outcome...), or is empty for the case as a whole.
/// </summary>
public sealed class InvestigationRuleException(string field, string message) : InvalidOperationException(message)
{
    public string Field { get; } = field;
}
