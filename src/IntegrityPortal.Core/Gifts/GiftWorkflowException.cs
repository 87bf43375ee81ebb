namespace IntegrityPortal.Core.Gifts;

/// <summary>A step the workflow does not allow: the wrong person, or the wrong stage.</summary>
public sealed class GiftWorkflowException(string message) : InvalidOperationException(message);
