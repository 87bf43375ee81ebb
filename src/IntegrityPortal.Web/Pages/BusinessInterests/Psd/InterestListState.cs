using System.Globalization;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>
/// Where in PSD's list of applications an application was opened from: the stage, force and
/// page (see <see cref="ListState"/>). The assessment page builds "Back to applications" and
/// "Next in this list" from it, and returns to the same list after an assessment.
/// </summary>
public sealed class InterestListState(InterestStatus? status, int? forceId, int? page)
    : ListState("/BusinessInterests/Psd", "/BusinessInterests/Psd/Assess",
    [
        new("Status", status?.ToString()),
        new("ForceId", forceId?.ToString(CultureInfo.InvariantCulture)),
        PageValue(page),
    ])
{
    /// <summary>The stage listed when none is chosen: the applications awaiting PSD.</summary>
    public InterestStatus Stage { get; } = status ?? InterestStatus.AwaitingAssessment;
    public int? ForceId { get; } = forceId;

    /// <summary>The applications of the list, in no order: submitted ones at the stage, in the force if one is chosen.</summary>
    public IQueryable<BusinessInterest> Matching(IQueryable<BusinessInterest> interests)
    {
        var stage = Stage;
        var query = interests.Where(b => b.Status == stage && b.SubmittedOn != null);
        return ForceId is { } id ? query.Where(b => b.ForceId == id) : query;
    }

    /// <summary>The list's order: oldest submission first (index: force, status, submitted).</summary>
    public static IOrderedQueryable<BusinessInterest> Ordered(IQueryable<BusinessInterest> query) =>
        query.OrderBy(b => b.SubmittedOn).ThenBy(b => b.Id);

    /// <summary>
    /// The id of the application after <paramref name="current"/> in the list, or null at the
    /// end: one keyset query. Once assessed it leaves "awaiting assessment", and the next is still found.
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<BusinessInterest> interests, BusinessInterest current, CancellationToken ct)
    {
        var submitted = current.SubmittedOn;
        var id = current.Id;
        return Ordered(Matching(interests).Where(b => b.SubmittedOn > submitted || (b.SubmittedOn == submitted && b.Id > id)))
            .Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The state bound from the request, checked as the list checks it; a state that fails is dropped.</summary>
    public static async Task<InterestListState> CheckedAsync(IntegrityDbContext db, InterestStatus? status, int? forceId, int? page,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k is "Status" or "ForceId");
        var valid = !bindingFailed && status != InterestStatus.Draft
                    && (forceId is not { } id || await db.VisibleForces.AnyAsync(f => f.Id == id, ct));
        return valid ? new InterestListState(status, forceId, page) : new InterestListState(null, null, null);
    }
}
