using System.Security.Claims;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// Where in a decision maker's queue an application was opened from: the applications awaiting
/// a decision, or the appeals awaiting one, and the page (see <see cref="ListState"/>). The
/// decision page builds its back link and "Next in this list" from it, and returns to the same
/// page after a decision. The two queues differ only in which applications they hold and the
/// date they are in order of, so one class serves both.
/// </summary>
public sealed class DecisionListState : ListState
{
    private readonly bool appeals;

    private DecisionListState(bool appeals, int? page)
        : base(appeals ? "/BusinessInterests/Decisions/Appeals" : "/BusinessInterests/Decisions",
            appeals ? "/BusinessInterests/Decisions/Appeal" : "/BusinessInterests/Decisions/Decide", [PageValue(page)]) =>
        this.appeals = appeals;

    public static DecisionListState Decisions(int? page) => new(false, page);

    public static DecisionListState Appeals(int? page) => new(true, page);

    /// <summary>The queue's applications, in no order (DecisionPages says whose work they are).</summary>
    public IQueryable<BusinessInterest> Matching(IntegrityDbContext db, ClaimsPrincipal user) =>
        appeals ? DecisionPages.AwaitingAppeal(db, user) : DecisionPages.AwaitingDecision(db, user);

    /// <summary>The queue's order: oldest submission (or appeal) first.</summary>
    public IOrderedQueryable<BusinessInterest> Ordered(IQueryable<BusinessInterest> query) =>
        appeals ? query.OrderBy(b => b.AppealLodgedOn).ThenBy(b => b.Id) : query.OrderBy(b => b.SubmittedOn).ThenBy(b => b.Id);

    /// <summary>
    /// The id of the application after <paramref name="current"/> in the queue, or null at the
    /// end: one keyset query on (date, id) in the user's forces. The current one need not still
    /// await the user (once decided it leaves the queue, and the next is still the one after it).
    /// </summary>
    public Task<int?> NextAfterAsync(IntegrityDbContext db, ClaimsPrincipal user, BusinessInterest current, CancellationToken ct)
    {
        if ((appeals ? current.AppealLodgedOn : current.SubmittedOn) is not { } on)
        {
            return Task.FromResult<int?>(null);
        }

        var id = current.Id;
        var after = appeals
            ? Matching(db, user).Where(b => b.AppealLodgedOn > on || (b.AppealLodgedOn == on && b.Id > id))
            : Matching(db, user).Where(b => b.SubmittedOn > on || (b.SubmittedOn == on && b.Id > id));
        return Ordered(after).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The page bound from the request; one that failed to bind (edited by hand) is dropped.</summary>
    public static DecisionListState Checked(bool appeals, int? page, ModelStateDictionary modelState) =>
        new(appeals, RemoveListKeys(modelState, _ => false) ? null : page);
}
