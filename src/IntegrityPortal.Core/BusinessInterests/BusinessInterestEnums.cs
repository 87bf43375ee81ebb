namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>What the applicant (or their relative) would hold.</summary>
public enum InterestKind
{
    SecondaryEmployment = 1,
    OwnBusiness = 2,
    DirectorshipOrOffice = 3,
    Shareholding = 4,
    UnpaidOrVoluntary = 5,

    /// <summary>Police Regulations 2003, regulation 7: a relative's interest the officer must notify.</summary>
    RelativesInterest = 6,
}

/// <summary>The line of work: the kinds that carry particular risk are pre-flagged for PSD.</summary>
public enum WorkSector
{
    General = 1,
    PrivateInvestigation = 2,
    Security = 3,
    LicensedPremises = 4,
    BettingOrGaming = 5,
    Other = 6,
}

public enum PayBand
{
    Unpaid = 1,
    UpTo5000 = 2,
    From5000To15000 = 3,
    From15000To30000 = 4,
    Over30000 = 5,
}

/// <summary>
/// Where an application or interest stands. An application moves Draft → (AwaitingLineManager)
/// → AwaitingAssessment → AwaitingDecision → Approved or Refused; a refusal may go to
/// AppealLodged and back to Approved or Refused. An approved interest ends as Revoked or Ended.
/// Withdrawn is open to the applicant until the decision.
/// </summary>
public enum InterestStatus
{
    Draft = 1,
    AwaitingLineManager = 2,
    AwaitingAssessment = 3,
    AwaitingDecision = 4,
    Approved = 5,
    Refused = 6,
    AppealLodged = 7,
    Withdrawn = 8,
    Revoked = 9,
    Ended = 10,
}

/// <summary>The decision maker's decision, kept even when the interest later ends or is revoked.</summary>
public enum DecisionOutcome
{
    Approved = 1,
    ApprovedWithConditions = 2,
    Refused = 3,
}

public enum AppealOutcome
{
    /// <summary>The appeal succeeds: the interest is approved.</summary>
    Upheld = 1,

    /// <summary>The refusal stands.</summary>
    Dismissed = 2,
}

public enum RiskRating
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum ReviewOutcome
{
    Continue = 1,
    ChangeConditions = 2,
    Revoke = 3,
}

/// <summary>PSD's assessment checklist.</summary>
[Flags]
public enum AssessmentChecks
{
    None = 0,
    ConflictWithDuties = 1,
    PrivateInvestigationSecurityOrLicensed = 2,
    UseOfPoliceInformation = 4,
    ReputationalRisk = 8,
    HoursAboveWorkingTimeLimit = 16,
    PerformanceOrAttendance = 32,
    Vetting = 64,
}

/// <summary>Risk factors the application itself shows, flagged for the assessor.</summary>
[Flags]
public enum PreFlags
{
    None = 0,
    HoursAboveLimit = 1,
    RiskyKindOfWork = 2,
    SupplierToForce = 4,
    InsideForceArea = 8,
    UsesPoliceSkills = 16,
}

/// <summary>A step in an application's life, as the applicant sees it.</summary>
public enum StepKind
{
    Created = 1,
    DraftUpdated = 2,
    Submitted = 3,
    LineManagerSupported = 4,
    LineManagerNotSupported = 5,
    Assessed = 6,
    Decided = 7,
    Withdrawn = 8,
    AppealLodged = 9,
    AppealDecided = 10,
    HolderConfirmed = 11,
    DetailsUpdated = 12,
    Reviewed = 13,
    Ended = 14,
}

public static class BusinessInterestText
{
    public static string Describe(this InterestKind value) => value switch
    {
        InterestKind.SecondaryEmployment => "Secondary employment",
        InterestKind.OwnBusiness => "Own business",
        InterestKind.DirectorshipOrOffice => "Directorship or office",
        InterestKind.Shareholding => "Shareholding",
        InterestKind.UnpaidOrVoluntary => "Unpaid or voluntary role",
        InterestKind.RelativesInterest => "A relative's business interest",
        _ => value.ToString(),
    };

    public static string Describe(this WorkSector value) => value switch
    {
        WorkSector.General => "General (none of those below)",
        WorkSector.PrivateInvestigation => "Private investigation",
        WorkSector.Security => "Security",
        WorkSector.LicensedPremises => "Licensed premises",
        WorkSector.BettingOrGaming => "Betting or gaming",
        _ => value.ToString(),
    };

    public static string Describe(this PayBand value) => value switch
    {
        PayBand.Unpaid => "Unpaid",
        PayBand.UpTo5000 => "Up to £5,000 a year",
        PayBand.From5000To15000 => "£5,000 to £15,000 a year",
        PayBand.From15000To30000 => "£15,000 to £30,000 a year",
        PayBand.Over30000 => "Over £30,000 a year",
        _ => value.ToString(),
    };

    public static string Describe(this InterestStatus value) => value switch
    {
        InterestStatus.AwaitingLineManager => "Awaiting line manager",
        InterestStatus.AwaitingAssessment => "Awaiting PSD assessment",
        InterestStatus.AwaitingDecision => "Awaiting decision",
        InterestStatus.AppealLodged => "Appeal lodged",
        _ => value.ToString(),
    };

    public static string Describe(this DecisionOutcome value) => value switch
    {
        DecisionOutcome.ApprovedWithConditions => "Approved with conditions",
        _ => value.ToString(),
    };

    public static string Describe(this AppealOutcome value) => value switch
    {
        AppealOutcome.Upheld => "Appeal upheld: approved",
        AppealOutcome.Dismissed => "Appeal dismissed: refusal stands",
        _ => value.ToString(),
    };

    public static string Describe(this ReviewOutcome value) => value switch
    {
        ReviewOutcome.Continue => "Continue",
        ReviewOutcome.ChangeConditions => "Change the conditions",
        ReviewOutcome.Revoke => "Revoke",
        _ => value.ToString(),
    };

    public static string Describe(this AssessmentChecks value) => value switch
    {
        AssessmentChecks.ConflictWithDuties => "Conflict with police duties",
        AssessmentChecks.PrivateInvestigationSecurityOrLicensed => "Private investigation, security or licensed-premises work",
        AssessmentChecks.UseOfPoliceInformation => "Use of police information",
        AssessmentChecks.ReputationalRisk => "Reputational risk",
        AssessmentChecks.HoursAboveWorkingTimeLimit => "Combined weekly hours above the working-time limit of 48",
        AssessmentChecks.PerformanceOrAttendance => "Performance or attendance concerns",
        AssessmentChecks.Vetting => "Vetting concerns",
        _ => value.ToString(),
    };

    public static string Describe(this PreFlags value) => value switch
    {
        PreFlags.HoursAboveLimit => "Combined weekly hours above 48",
        PreFlags.RiskyKindOfWork => "Private investigation, security, licensed premises, betting or gaming",
        PreFlags.SupplierToForce => "The organisation supplies the force",
        PreFlags.InsideForceArea => "Inside the force area",
        PreFlags.UsesPoliceSkills => "Draws on police skills, information or contacts",
        _ => value.ToString(),
    };

    public static string Describe(this StepKind value) => value switch
    {
        StepKind.Created => "Draft started",
        StepKind.DraftUpdated => "Draft changed",
        StepKind.Submitted => "Submitted",
        StepKind.LineManagerSupported => "Line manager supports",
        StepKind.LineManagerNotSupported => "Line manager does not support",
        StepKind.Assessed => "Assessed by PSD",
        StepKind.Decided => "Decided",
        StepKind.Withdrawn => "Withdrawn",
        StepKind.AppealLodged => "Appeal lodged",
        StepKind.AppealDecided => "Appeal decided",
        StepKind.HolderConfirmed => "Details confirmed at review",
        StepKind.DetailsUpdated => "Details updated at review",
        StepKind.Reviewed => "Reviewed by PSD",
        StepKind.Ended => "Interest ended",
        _ => value.ToString(),
    };

    /// <summary>The single flags set in a flags value, in order.</summary>
    public static IEnumerable<T> Each<T>(this T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f));
}
