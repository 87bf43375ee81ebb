using System.Security.Claims;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// Which applications are the user's to decide: those awaiting a decision, or with an appeal
/// lodged, in forces whose settings make one of the user's roles the decision maker or the
/// appellate role. The workflow checks the same setting again when the step is taken. The
/// decision pages show an application only while it is the user's work, or read-only where
/// the force's settings give the decision roles that view (ADR: read-only views).
/// </summary>
public static class DecisionPages
{
    public static IQueryable<BusinessInterest> AwaitingDecision(IntegrityDbContext db, ClaimsPrincipal user)
    {
        var roles = Roles(user);
        return db.BusinessInterests.Where(b => b.Status == InterestStatus.AwaitingDecision
                                               && db.ForceSettings.Any(s => s.ForceId == b.ForceId && roles.Contains(s.BusinessInterestDecisionMakerRole)));
    }

    public static IQueryable<BusinessInterest> AwaitingAppeal(IntegrityDbContext db, ClaimsPrincipal user)
    {
        var roles = Roles(user);
        return db.BusinessInterests.Where(b => b.Status == InterestStatus.AppealLodged
                                               && db.ForceSettings.Any(s => s.ForceId == b.ForceId && roles.Contains(s.BusinessInterestAppellateRole)));
    }

    /// <summary>
    /// Submitted applications of forces that give the read-only view to a decision role the user
    /// holds (the decision maker or the appellate role).
    /// </summary>
    public static IQueryable<BusinessInterest> ReadOnlyView(IntegrityDbContext db, ClaimsPrincipal user)
    {
        var roles = Roles(user);
        return db.BusinessInterests.Where(b => b.SubmittedOn != null
                                               && db.ForceSettings.Any(s => s.ForceId == b.ForceId && s.BusinessInterestDecisionReadOnlyView
                                                                            && (roles.Contains(s.BusinessInterestDecisionMakerRole) || roles.Contains(s.BusinessInterestAppellateRole))));
    }

    /// <summary>How the user may see one application on a decision page: as their work, read-only, or not at all.</summary>
    public static async Task<Access> AccessAsync(IntegrityDbContext db, ClaimsPrincipal user, IQueryable<BusinessInterest> work, int id, CancellationToken ct) =>
        await work.AnyAsync(b => b.Id == id, ct) ? Access.Work
        : await ReadOnlyView(db, user).AnyAsync(b => b.Id == id, ct) ? Access.ReadOnly
        : Access.None;

    public enum Access
    {
        None,
        Work,
        ReadOnly,
    }

    /// <summary>Recorded on the audit event of a read-only view.</summary>
    public const string ReadOnlyJustification = "Read-only view given by the force's settings (no decision awaiting this user)";

    /// <summary>Told to a decision maker whose application was decided by someone else meanwhile.</summary>
    public const string NoLongerAwaiting = "was changed by someone else while you were deciding it and no longer awaits you. Your decision has not been saved";

    /// <summary>
    /// The reference of an application the user's role decides or hears in its force, which has
    /// changed since the version of the user's form (someone else decided first); otherwise null.
    /// </summary>
    public static async Task<string?> ChangedSinceAsync(IntegrityDbContext db, ClaimsPrincipal user, int id, int versionInForm, CancellationToken ct)
    {
        var roles = Roles(user);
        var changed = await db.BusinessInterests
            .Where(b => b.Id == id && b.SubmittedOn != null && b.Version > versionInForm
                        && db.ForceSettings.Any(s => s.ForceId == b.ForceId
                                                     && (roles.Contains(s.BusinessInterestDecisionMakerRole) || roles.Contains(s.BusinessInterestAppellateRole))))
            .AnyAsync(ct);
        return changed ? $"BI-{id:D6}" : null;
    }

    /// <summary>Earlier decisions on similar interests (the same kind, or the same organisation) in the forces the user sees, newest first.</summary>
    public static Task<List<BusinessInterest>> SimilarAsync(IntegrityDbContext db, BusinessInterest interest, CancellationToken ct) =>
        db.BusinessInterests.AsNoTracking().Include(b => b.Force)
            .Where(b => b.Id != interest.Id && b.DecisionOutcome != null
                        && (b.Kind == interest.Kind || b.OrganisationName == interest.OrganisationName))
            .OrderByDescending(b => b.OrganisationName == interest.OrganisationName).ThenByDescending(b => b.DecidedOn).ThenByDescending(b => b.Id)
            .Take(10)
            .ToListAsync(ct);

    private static List<string> Roles(ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
}
