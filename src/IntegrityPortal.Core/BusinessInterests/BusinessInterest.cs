using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>
/// An application for a business interest or second job and, once approved, the interest
/// itself. The current details are on the row so lists filter by index; every version of the
/// details is kept in <see cref="Versions"/> and every step in <see cref="Steps"/>. Workflow
/// fields change only through <see cref="BusinessInterestWorkflow"/>.
/// </summary>
public class BusinessInterest : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public int ApplicantId { get; set; }
    public Person? Applicant { get; set; }
    public int? DepartmentId { get; set; }
    public InterestStatus Status { get; set; }
    public DateOnly CreatedOn { get; set; }

    // The current details (see InterestDetails).
    public InterestKind Kind { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>The organisation's name, kept on the row so lists filter by it through an index.</summary>
    public string OrganisationName { get; set; } = string.Empty;
    public WorkSector Sector { get; set; }
    public string Work { get; set; } = string.Empty;
    public decimal HoursPerWeek { get; set; }
    public string WhenHoursFall { get; set; } = string.Empty;
    public decimal ContractedHoursPerWeek { get; set; }
    public PayBand PayBand { get; set; }
    public bool InsideForceArea { get; set; }
    public DateOnly StartDate { get; set; }
    public bool UsesPoliceSkills { get; set; }
    public bool OrganisationSuppliesForce { get; set; }
    public string? ConflictSeen { get; set; }

    /// <summary>Worked out from the details when they are saved (see <see cref="BusinessInterestRules"/>).</summary>
    public PreFlags PreFlags { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    /// <summary>Whose view is awaited when the force's line-manager step is on: the applicant's line manager at submission.</summary>
    public int? LineManagerPersonId { get; set; }

    public RiskRating? RiskRating { get; set; }
    public AssessmentChecks AssessmentChecks { get; set; }
    public string? AssessmentReasons { get; set; }

    public DecisionOutcome? DecisionOutcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public int? DecidedByPersonId { get; set; }
    public string? Conditions { get; set; }
    public string? DecisionReasons { get; set; }

    public DateOnly? AppealLodgedOn { get; set; }
    public string? AppealGrounds { get; set; }
    public AppealOutcome? AppealOutcome { get; set; }
    public DateOnly? AppealDecidedOn { get; set; }

    public DateOnly? ReviewDueOn { get; set; }
    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>When the holder last confirmed or updated the details for a review.</summary>
    public DateOnly? HolderConfirmedOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    public int CurrentVersionNumber { get; set; }
    public List<BusinessInterestVersion> Versions { get; set; } = [];
    public List<BusinessInterestStep> Steps { get; set; } = [];
    public int Version { get; set; }

    /// <summary>The reference people quote: BI-000123.</summary>
    public string Reference => $"BI-{Id:D6}";

    public bool IsApproved => DecisionOutcome is BusinessInterests.DecisionOutcome.Approved or BusinessInterests.DecisionOutcome.ApprovedWithConditions;

    public InterestDetails Details => new()
    {
        Kind = Kind,
        OrganisationId = OrganisationId,
        Sector = Sector,
        Work = Work,
        HoursPerWeek = HoursPerWeek,
        WhenHoursFall = WhenHoursFall,
        ContractedHoursPerWeek = ContractedHoursPerWeek,
        PayBand = PayBand,
        InsideForceArea = InsideForceArea,
        StartDate = StartDate,
        UsesPoliceSkills = UsesPoliceSkills,
        OrganisationSuppliesForce = OrganisationSuppliesForce,
        ConflictSeen = ConflictSeen,
    };

    internal void Apply(InterestDetails d)
    {
        Kind = d.Kind;
        OrganisationId = d.OrganisationId;
        Sector = d.Sector;
        Work = d.Work;
        HoursPerWeek = d.HoursPerWeek;
        WhenHoursFall = d.WhenHoursFall;
        ContractedHoursPerWeek = d.ContractedHoursPerWeek;
        PayBand = d.PayBand;
        InsideForceArea = d.InsideForceArea;
        StartDate = d.StartDate;
        UsesPoliceSkills = d.UsesPoliceSkills;
        OrganisationSuppliesForce = d.OrganisationSuppliesForce;
        ConflictSeen = d.ConflictSeen;
    }
}

/// <summary>One version of the details, never changed once written.</summary>
public class BusinessInterestVersion : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int BusinessInterestId { get; set; }
    public int Number { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string RecordedBy { get; set; }

    /// <summary>The details as JSON (<see cref="InterestDetails"/>).</summary>
    public required string Details { get; set; }

    public InterestDetails ReadDetails() => JsonSerializer.Deserialize<InterestDetails>(Details)!;
}

/// <summary>
/// One step of an application: who took it, in which role, when, the outcome and the
/// comments. Written once, never changed, so the applicant sees the whole route.
/// </summary>
public class BusinessInterestStep : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int BusinessInterestId { get; set; }
    public StepKind Kind { get; set; }
    public DateTime OccurredUtc { get; set; }
    public required string ByUserName { get; set; }
    public int? ByPersonId { get; set; }

    /// <summary>The role the step was taken in: "Applicant", "Line manager", or a role's display name.</summary>
    public required string ByRole { get; set; }
    public string? Outcome { get; set; }
    public string? Comments { get; set; }
}
