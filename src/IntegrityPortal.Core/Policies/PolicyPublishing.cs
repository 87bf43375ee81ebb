using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// Publishing a draft version: it becomes readable by everyone it applies to, and each active
/// person in its audience gets a task to read and confirm it. A force has thousands of people,
/// so the tasks are written by the database in one INSERT ... SELECT over People, never by
/// loading people into memory; the version's audited change records how many were given one.
/// </summary>
public static class PolicyPublishing
{
    /// <summary>Publishes the version and returns the number of tasks created.</summary>
    /// <exception cref="DomainRuleException">The version is already published, or the user does not keep every force the policy applies to.</exception>
    public static async Task<int> PublishAsync(IntegrityDbContext db, PolicyVersion version, CancellationToken ct = default)
    {
        if (version.Status != PolicyVersionStatus.Draft)
        {
            throw new DomainRuleException("This version has already been published.");
        }

        var forceIds = await PolicyOwnership.ForcesIfKeptAsync(db, version.PolicyId, ct)
            ?? throw new DomainRuleException("The user does not keep every force this policy applies to.");

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var parameters = new List<object> { version.Id, version.ReadBy, now };
        var sql = "INSERT INTO PolicyTasks (ForceId, PolicyVersionId, PersonId, DueOn, CreatedUtc, Attempts, Version) "
            + "SELECT p.ForceId, {0}, p.Id, {1}, {2}, 0, 0 FROM People p "
            + $"WHERE p.IsActive = 1 AND p.ForceId IN ({Placeholders(parameters, forceIds)})"
            + AudienceCondition(version, parameters)
            + " AND NOT EXISTS (SELECT 1 FROM PolicyTasks t WHERE t.PolicyVersionId = {0} AND t.PersonId = p.Id)";

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var created = await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
            version.Status = PolicyVersionStatus.Published;
            version.PublishedUtc = now;
            version.TaskCount = created;
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }

            return created;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// How many people publishing the version would give a task: the active people of the forces
    /// the policy applies to, in its audience. The same rule as <see cref="AudienceCondition"/>,
    /// written beside it; a test holds the two to the same count for every kind of audience.
    /// </summary>
    public static async Task<int> ReachAsync(IntegrityDbContext db, PolicyVersion version, CancellationToken ct = default)
    {
        var forces = await db.PolicyForces.Where(f => f.PolicyId == version.PolicyId).Select(f => f.ForceId).ToListAsync(ct);
        var people = db.People.Where(p => p.IsActive && forces.Contains(p.ForceId));
        var departments = version.DepartmentIds;
        var ranks = version.Ranks;
        return await (version.Audience switch
        {
            PolicyAudience.Everyone => people,
            PolicyAudience.Officers => people.Where(p => p.Kind == People.PersonKind.Officer),
            PolicyAudience.Staff => people.Where(p => p.Kind == People.PersonKind.Staff),
            PolicyAudience.Departments => people.Where(p => p.DepartmentId != null && departments.Contains(p.DepartmentId.Value)),
            PolicyAudience.Ranks => people.Where(p => p.Kind == People.PersonKind.Officer && p.Rank != null && ranks.Contains(p.Rank.Value)),
            _ => people.Where(p => false),
        }).CountAsync(ct);
    }

    // Only numbers ever reach the statement's text: the audience's ids and ranks are parameters.
    private static string AudienceCondition(PolicyVersion version, List<object> parameters) => version.Audience switch
    {
        PolicyAudience.Everyone => string.Empty,
        PolicyAudience.Officers => $" AND p.Kind = {(int)People.PersonKind.Officer}",
        PolicyAudience.Staff => $" AND p.Kind = {(int)People.PersonKind.Staff}",
        PolicyAudience.Departments => version.DepartmentIds.Count == 0
            ? " AND 1 = 0"
            : $" AND p.DepartmentId IN ({Placeholders(parameters, version.DepartmentIds)})",
        PolicyAudience.Ranks => version.Ranks.Count == 0
            ? " AND 1 = 0"
            : $" AND p.Kind = {(int)People.PersonKind.Officer} AND p.Rank IN ({Placeholders(parameters, version.Ranks.Select(r => (int)r).ToList())})",
        _ => " AND 1 = 0",
    };

    private static string Placeholders(List<object> parameters, IReadOnlyList<int> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            names.Add($"{{{parameters.Count}}}");
            parameters.Add(value);
        }

        return string.Join(", ", names);
    }
}
