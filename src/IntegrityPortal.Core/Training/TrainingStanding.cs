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

    /// <summary>Renewal periods longer than this are refused as a typing error.</summary>
    public const int MaximumRenewalYears = 10;

    /// <summary>Named people of one course (named posts): more is a department or a rank.</summary>
    public const int MaximumNamedPeople = 200;

    /// <summary>Numbers typed into one form; a larger session is imported from a file.</summary>
    public const int MaximumAttendeesAtOnce = 500;

    /// <summary>Who records courses, sessions and attendance: PSD, the head of PSD and the force's administrator.</summary>
    public static readonly string[] RecorderRoles = [Security.Roles.Psd, Security.Roles.HeadOfPsd, Security.Roles.Administrator];

    /// <summary>The roles a course may be for: every role held in a force but "officer or staff member", which is everyone.</summary>
    public static readonly IReadOnlyList<string> AudienceRoleChoices = [.. Security.Roles.ForceRoles.Where(r => r != Security.Roles.Officer)];

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

/// <summary>The training register's words for its choices, as the pages and reports show them.</summary>
public static class TrainingWords
{
    public static string Describe(this CourseKind kind) => kind switch
    {
        CourseKind.Integrity => "Integrity and ethics",
        CourseKind.MediaRelations => "Media relations",
        CourseKind.SocialMedia => "Social media",
        CourseKind.Vetting => "Vetting",
        CourseKind.InformationSecurity => "Information security",
        _ => "Other",
    };

    public static string Describe(this TrainingAudience audience) => audience switch
    {
        TrainingAudience.Everyone => "Everyone",
        TrainingAudience.Officers => "Police officers",
        TrainingAudience.Staff => "Police staff",
        TrainingAudience.Departments => "People in chosen departments",
        TrainingAudience.Ranks => "Officers of chosen ranks",
        TrainingAudience.NamedPeople => "Named people (named posts)",
        TrainingAudience.Roles => "People in chosen roles",
        _ => audience.ToString(),
    };

    public static string Describe(this TrainingStanding standing) => standing switch
    {
        TrainingStanding.Current => "Up to date",
        TrainingStanding.Due => "Due soon",
        TrainingStanding.Overdue => "Overdue",
        _ => "Never trained",
    };

    /// <summary>"Once", "Every year", "Every 3 years".</summary>
    public static string HowOften(int? renewalYears) => renewalYears switch
    {
        null => "Once",
        1 => "Every year",
        { } years => $"Every {years} years",
    };
}
