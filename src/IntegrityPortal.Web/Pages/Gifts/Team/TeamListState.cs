using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Team;

/// <summary>
/// Where on the line manager's page a declaration was opened from: the sort and page of the team's
/// declarations (see <see cref="ListState"/>), carried from either table, so "Back to my team's
/// declarations" returns to the same view. Of the two tables only the acceptances awaiting the
/// manager are a queue to work through, so "Next in this list" follows that one.
/// </summary>
public sealed class TeamListState(string? sort, int? page)
    : ListState("/Gifts/Team", "/Gifts/Team/Decide", [new("Sort", sort is null or DefaultSort ? null : sort), PageValue(page)])
{
    public const string DefaultSort = "date-desc";

    /// <summary>The team list's orders: "date-desc" (newest offer first, the default), "date-asc", "name-asc", "name-desc", "value-desc", "value-asc".</summary>
    public static readonly IReadOnlyList<string> Sorts = [DefaultSort, "date-asc", "name-asc", "name-desc", "value-asc", "value-desc"];

    /// <summary>The acceptances awaiting the manager, oldest declaration first (the queue's order).</summary>
    public static IOrderedQueryable<GiftDeclaration> AwaitingQueue(IQueryable<GiftDeclaration> declarations, int? me) =>
        declarations.Where(d => d.Declarant!.LineManagerId == me && d.ApprovalStatus == ApprovalStatus.AwaitingLineManager)
            .OrderBy(d => d.DeclaredOn).ThenBy(d => d.Id);

    /// <summary>
    /// The id of the acceptance after <paramref name="current"/> in the queue awaiting the manager,
    /// or null: one keyset query on (declared, id). A declaration not awaiting the manager has no
    /// place in the queue, so none follows it.
    /// </summary>
    public static Task<int?> NextAwaitingAsync(IQueryable<GiftDeclaration> declarations, int? me, GiftDeclaration current, CancellationToken ct) =>
        current.ApprovalStatus == ApprovalStatus.AwaitingLineManager ? AwaitingAfterAsync(declarations, me, current, ct) : Task.FromResult<int?>(null);

    /// <summary>
    /// The id of the acceptance awaiting the manager that comes after <paramref name="current"/> in
    /// the queue's order, or null. The current one need not await the manager: once decided it
    /// leaves the queue, and the next is still the one after it (the confirmation's "next").
    /// </summary>
    public static Task<int?> AwaitingAfterAsync(IQueryable<GiftDeclaration> declarations, int? me, GiftDeclaration current, CancellationToken ct)
    {
        var (declared, id) = (current.DeclaredOn, current.Id);
        return AwaitingQueue(declarations, me).Where(d => d.DeclaredOn > declared || (d.DeclaredOn == declared && d.Id > id))
            .Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The state bound from the request, checked as the list checks it; a state that fails is dropped.</summary>
    public static TeamListState Checked(string? sort, int? page, ModelStateDictionary modelState)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k == "Sort");
        return bindingFailed || (sort is not null && !Sorts.Contains(sort)) ? new TeamListState(null, null) : new TeamListState(sort, page);
    }
}
