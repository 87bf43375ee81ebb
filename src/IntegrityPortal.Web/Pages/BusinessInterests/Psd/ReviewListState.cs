using System.Globalization;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>
/// Where in PSD's list of reviews due an interest was opened from: overdue only, force and page
/// (see <see cref="ListState"/>). The review page builds "Back to reviews" and "Next in this
/// list" from it, and returns to the same list after a review.
/// </summary>
public sealed class ReviewListState(bool overdueOnly, int? forceId, int? page)
    : ListState("/BusinessInterests/Psd/Reviews", "/BusinessInterests/Psd/Review",
    [
        new("OverdueOnly", overdueOnly ? "true" : null),
        new("ForceId", forceId?.ToString(CultureInfo.InvariantCulture)),
        PageValue(page),
    ])
{
    public bool OverdueOnly { get; } = overdueOnly;
    public int? ForceId { get; } = forceId;

    /// <summary>The approved interests of the list, in no order: overdue, or due within 30 days unless overdue only.</summary>
    public IQueryable<BusinessInterest> Matching(IQueryable<BusinessInterest> interests, DateOnly today)
    {
        var until = OverdueOnly ? today.AddDays(-1) : today.AddDays(BusinessInterestRules.ReviewDueSoonDays);
        var query = interests.Where(b => b.Status == InterestStatus.Approved && b.ReviewDueOn <= until);
        return ForceId is { } id ? query.Where(b => b.ForceId == id) : query;
    }

    /// <summary>The list's order: most overdue first (index: force, status, review date).</summary>
    public static IOrderedQueryable<BusinessInterest> Ordered(IQueryable<BusinessInterest> query) =>
        query.OrderBy(b => b.ReviewDueOn).ThenBy(b => b.Id);

    /// <summary>
    /// The id of the interest after <paramref name="current"/> in the list, or null at the end:
    /// one keyset query on (review date, id). An interest no longer in the list (revoked, its
    /// review date cleared) has no place in it, so none follows it.
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<BusinessInterest> interests, BusinessInterest current, DateOnly today, CancellationToken ct)
    {
        if (current.ReviewDueOn is not { } due)
        {
            return Task.FromResult<int?>(null);
        }

        var id = current.Id;
        return Ordered(Matching(interests, today).Where(b => b.ReviewDueOn > due || (b.ReviewDueOn == due && b.Id > id)))
            .Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The state bound from the request, checked as the list checks it; a state that fails is dropped.</summary>
    public static async Task<ReviewListState> CheckedAsync(IntegrityDbContext db, bool overdueOnly, int? forceId, int? page,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k is "OverdueOnly" or "ForceId");
        var valid = !bindingFailed && (forceId is not { } id || await db.VisibleForces.AnyAsync(f => f.Id == id, ct));
        return valid ? new ReviewListState(overdueOnly, forceId, page) : new ReviewListState(false, null, null);
    }
}
