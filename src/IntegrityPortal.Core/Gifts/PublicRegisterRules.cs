using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// What the public register says about who declared an offer. An exact rank and a small
/// department together point to one person ("Superintendent, Professional Standards
/// Department"), so the register publishes a grouped role, "Police officer" or "Police staff",
/// and names a department only where it holds enough people that none is singled out. Chief
/// officers (ACC and above) are published by name and rank, as registers of chief officers'
/// hospitality are.
/// </summary>
public static class PublicRegisterRules
{
    public const string PoliceOfficer = "Police officer";
    public const string PoliceStaff = "Police staff";

    /// <summary>The safe default, and the least a force may set: a department of fewer people is not named.</summary>
    public const int MinimumDepartmentSize = 5;

    /// <summary>The most a force may set; above it no department of any force would be named.</summary>
    public const int MaximumDepartmentSize = 1_000;

    /// <summary>The role the register publishes for a declarant.</summary>
    public static string GroupedRole(PersonKind kind, PoliceRank? rank) =>
        kind == PersonKind.Officer && rank is { } r && r.IsChiefOfficer() ? r.DisplayName()
        : kind == PersonKind.Officer ? PoliceOfficer
        : PoliceStaff;

    /// <summary>Whether a department of <paramref name="people"/> active people may be named.</summary>
    public static bool NamesDepartment(int people, int minimumDepartmentSize) =>
        people >= Math.Max(minimumDepartmentSize, MinimumDepartmentSize);

    /// <summary>
    /// The force's departments that may be named, counted by the database (active people per
    /// department, GROUP BY). Used as a subquery of the register's query, never loaded.
    /// </summary>
    public static IQueryable<int> NameableDepartmentIds(IQueryable<Person> people, int forceId, int minimumDepartmentSize)
    {
        var minimum = Math.Max(minimumDepartmentSize, MinimumDepartmentSize);
        return people
            .Where(p => p.ForceId == forceId && p.IsActive && p.DepartmentId != null)
            .GroupBy(p => p.DepartmentId!.Value)
            .Where(g => g.Count() >= minimum)
            .Select(g => g.Key);
    }
}
