namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>A step the workflow does not allow: the wrong person, role or stage.</summary>
public sealed class BusinessInterestWorkflowException(string message) : InvalidOperationException(message);
