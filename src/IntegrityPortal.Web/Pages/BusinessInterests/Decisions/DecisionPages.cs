using System.Security.Claims;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// Which applications are the user's to decide: those awaiting a decision, or with an appeal
/// lodged, in forces whose settings make one of the user's roles the decision maker or the
/// appellate role. The workflow checks the same setting again when the step is taken.
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
