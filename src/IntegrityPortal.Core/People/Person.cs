using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.People;

/// <summary>
/// An officer or member of staff. A person may or may not have a portal account; the line
/// manager is a relationship between people, not a role.
/// </summary>
public class Person : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public PersonKind Kind { get; set; }

    /// <summary>Collar number for officers, staff number for staff; unique within a force.</summary>
    public required string Number { get; set; }

    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }

    /// <summary>Set for officers only.</summary>
    public PoliceRank? Rank { get; set; }

    /// <summary>Set for staff only, in the force's own grading (e.g. "Grade 5").</summary>
    public string? Grade { get; set; }

    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int? LineManagerId { get; set; }
    public Person? LineManager { get; set; }

    /// <summary>People who leave are marked inactive, never deleted: their records remain evidence.</summary>
    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>How a person is shown wherever they acted or are concerned: "Jane Smith, Sergeant".</summary>
    public string NameAndRankOrGrade => $"{FullName}, {RankOrGrade}";

    public string RankOrGrade => Kind == PersonKind.Officer ? Rank?.DisplayName() ?? "Officer" : Grade ?? "Staff";
}
