using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Team;

/// <summary>
/// Where in the line manager's queue of team applications one was opened from: its page (see
/// <see cref="ListState"/>). The application page builds "Back to team applications" and "Next in
/// this list" from it, and returns to the same page after the manager's view is recorded.
/// </summary>
public sealed class TeamListState(int? page)
    : ListState("/BusinessInterests/Team", "/BusinessInterests/Team/View", [PageValue(page)])
{
    /// <summary>The manager's queue, in no order: applications awaiting their view.</summary>
    public static IQueryable<BusinessInterest> Matching(IQueryable<BusinessInterest> interests, int? me) =>
        interests.Where(b => b.Status == InterestStatus.AwaitingLineManager && b.LineManagerPersonId == me);

    /// <summary>The list's order: oldest submission first.</summary>
    public static IOrderedQueryable<BusinessInterest> Ordered(IQueryable<BusinessInterest> query) =>
        query.OrderBy(b => b.SubmittedOn).ThenBy(b => b.Id);

    /// <summary>
    /// The id of the application after <paramref name="current"/> in the queue, or null at the end:
    /// one keyset query on (submitted, id). The current one need not still await the manager.
    /// </summary>
    public static Task<int?> NextAfterAsync(IQueryable<BusinessInterest> interests, int? me, BusinessInterest current, CancellationToken ct)
    {
        if (current.SubmittedOn is not { } submitted)
        {
            return Task.FromResult<int?>(null);
        }

        var id = current.Id;
        return Ordered(Matching(interests, me).Where(b => b.SubmittedOn > submitted || (b.SubmittedOn == submitted && b.Id > id)))
            .Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The page bound from the request; one that failed to bind (edited by hand) is dropped.</summary>
    public static TeamListState Checked(int? page, ModelStateDictionary modelState) =>
        RemoveListKeys(modelState, _ => false) ? new TeamListState(null) : new TeamListState(page);
}
