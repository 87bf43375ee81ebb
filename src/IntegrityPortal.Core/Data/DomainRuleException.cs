namespace IntegrityPortal.Core.Data;

/// <summary>A save that breaks a rule of the data layer (force isolation, no hard deletes).</summary>
public sealed class DomainRuleException(string message) : InvalidOperationException(message);
