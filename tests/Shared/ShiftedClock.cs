namespace IntegrityPortal.Testing;

/// <summary>
/// The real time, moved on by <see cref="Shift"/>: for tests that pass the security stamp's
/// revalidation interval or move a year on to a review date.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
