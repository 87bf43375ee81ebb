namespace IntegrityPortal.Core.Training;

/// <summary>Where a person stands on a course they must take.</summary>
public enum TrainingStanding
{
    /// <summary>Trained, and not due again within <see cref="TrainingRules.DueSoonDays"/> days.</summary>
    Current = 1,

    /// <summary>Trained, but due again within <see cref="TrainingRules.DueSoonDays"/> days.</summary>
    Due = 2,

    /// <summary>Trained, but the renewal date has passed.</summary>
    Overdue = 3,

    /// <summary>Never attended a session of the course.</summary>
    NeverTrained = 4,
}

public static class TrainingRules
{
    public const int TitleLength = 150;
    public const int TrainerLength = 150;

    /// <summary>A renewal this close is shown as due, so it can be booked in time.</summary>
    public const int DueSoonDays = 60;

    /// <summary>
    /// Trained before this date: overdue. The database counts with the same two dates
    /// (<see cref="TrainingFigures"/>), so a page and a figure cannot disagree. Null for a course
    /// taken once.
    /// </summary>
    public static DateOnly? OverdueBefore(DateOnly today, int? renewalYears) => renewalYears is { } years ? today.AddYears(-years) : null;

    /// <summary>Trained before this date (and not overdue): due within <see cref="DueSoonDays"/> days.</summary>
    public static DateOnly? DueBefore(DateOnly today, int? renewalYears) => renewalYears is { } years ? today.AddDays(DueSoonDays).AddYears(-years) : null;

    public static TrainingStanding StandingOn(DateOnly today, DateOnly? lastTrained, int? renewalYears) =>
        lastTrained is not { } last ? TrainingStanding.NeverTrained
        : last < OverdueBefore(today, renewalYears) ? TrainingStanding.Overdue
        : last < DueBefore(today, renewalYears) ? TrainingStanding.Due
        : TrainingStanding.Current;
}
