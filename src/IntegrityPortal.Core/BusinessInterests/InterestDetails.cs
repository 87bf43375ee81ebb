namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>
/// What the applicant says about the interest: the part a draft edit or an update at review
/// replaces, and that each version keeps.
/// </summary>
public sealed record InterestDetails
{
    public required InterestKind Kind { get; init; }
    public required int OrganisationId { get; init; }
    public required WorkSector Sector { get; init; }
    public required string Work { get; init; }
    public required decimal HoursPerWeek { get; init; }
    public required string WhenHoursFall { get; init; }

    /// <summary>The hours of the applicant's police job, asked on the form: the working-time check adds them.</summary>
    public required decimal ContractedHoursPerWeek { get; init; }
    public required PayBand PayBand { get; init; }
    public required bool InsideForceArea { get; init; }
    public required DateOnly StartDate { get; init; }
    public required bool UsesPoliceSkills { get; init; }

    /// <summary>The applicant's own answer: the organisation supplies goods or services to the force.</summary>
    public required bool OrganisationSuppliesForce { get; init; }
    public string? ConflictSeen { get; init; }
}
