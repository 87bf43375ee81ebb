namespace IntegrityPortal.Core.Media;

/// <summary>A step the media contact log does not allow; pages show its message.</summary>
public sealed class MediaWorkflowException(string message) : InvalidOperationException(message);
