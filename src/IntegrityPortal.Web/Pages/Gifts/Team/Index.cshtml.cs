using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Team;

/// <summary>A line manager's view: acceptances awaiting their approval, and every declaration of their direct reports.</summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    /// <summary>The head of the queue awaiting the manager, oldest first, and how long the queue is.</summary>
    public PagedList<GiftDeclaration> Awaiting { get; private set; } = null!;
    public PagedList<GiftDeclaration> Declarations { get; private set; } = null!;

    /// <summary>The team list's order: "date-desc" (newest offer first, the default), "date-asc", "name-asc", "name-desc", "value-desc", "value-asc".</summary>
    [FromQuery(Name = "Sort")]
    public string? Sort { get; set; }

    public const string DefaultSort = TeamListState.DefaultSort;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var me = GiftUser.PersonId(User);
        var mine = db.GiftDeclarations.AsNoTracking()
            .Include(d => d.Declarant)
            .Include(d => d.Organisation)
            .Where(d => d.Declarant!.LineManagerId == me);
        // Only the head of the queue: a manager works it from the oldest, and each decision
        // offers the next, so a long backlog does not make the page as long as the backlog.
        Awaiting = await PagedList<GiftDeclaration>.CreateAsync(TeamListState.AwaitingQueue(mine, me), 1, ct: ct);
        // The list shows the date of the offer, so it is in that order; an unknown sort is the default.
        Sort = Sort is not null && TeamListState.Sorts.Contains(Sort) ? Sort : DefaultSort;
        var sorted = Sort switch
        {
            "date-asc" => mine.OrderBy(d => d.OfferedOn).ThenBy(d => d.Id),
            "name-asc" => mine.OrderBy(d => d.Declarant!.FamilyName).ThenBy(d => d.Declarant!.GivenName).ThenByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id),
            "name-desc" => mine.OrderByDescending(d => d.Declarant!.FamilyName).ThenByDescending(d => d.Declarant!.GivenName).ThenByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id),
            "value-asc" => mine.OrderBy(d => d.ValuePence).ThenByDescending(d => d.Id),
            "value-desc" => mine.OrderByDescending(d => d.ValuePence).ThenByDescending(d => d.Id),
            _ => mine.OrderByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id),
        };
        Declarations = await PagedList<GiftDeclaration>.CreateAsync(sorted, pageNumber ?? 1, ct: ct);
        ListState = new TeamListState(Sort, Declarations.Page);
        await audit.RecordReadAsync("GiftTeam", "(search)", null, AuditDescription.Of(("team of person", me), ("page", pageNumber)), ct);
    }

    /// <summary>This view of the page (sort and page), carried to each declaration opened from either table.</summary>
    public TeamListState ListState { get; private set; } = new(null, null);

    public (IEnumerable<GiftDeclaration> Rows, string Id, string Caption, IndexModel? Sorting, TeamListState List) AwaitingTable =>
        (Awaiting.Items, "awaiting",
            (Awaiting.TotalCount == 1 ? "1 acceptance to decide" : $"{Awaiting.CountText} acceptances to decide")
            + (Awaiting.HasNext ? $", the {Awaiting.Items.Count} waiting longest shown" : string.Empty), null, ListState);

    public (IEnumerable<GiftDeclaration> Rows, string Id, string Caption, IndexModel? Sorting, TeamListState List) TeamTable =>
        (Declarations.Items, "team",
            (Declarations.TotalCount == 1 ? "1 declaration" : $"{Declarations.TotalCount} declarations")
            + (Declarations.PageCount > 1 ? $", page {Declarations.Page} of {Declarations.PageCount}" : string.Empty), this, ListState);

    public string PageHref(int pageNumber) =>
        Url.Page("Index", new { pageNumber = pageNumber == 1 ? (int?)null : pageNumber, Sort = Sort == DefaultSort ? null : Sort })!;

    /// <summary>A column heading's link: sorts by the column, the other way if it is already sorted by it.</summary>
    public string SortHref(string column)
    {
        var next = Sort == $"{column}-asc" ? $"{column}-desc" : Sort == $"{column}-desc" ? $"{column}-asc" : column is "date" or "value" ? $"{column}-desc" : $"{column}-asc";
        return Url.Page("Index", new { Sort = next == DefaultSort ? null : next })!;
    }

    public string? AriaSort(string column) =>
        Sort == $"{column}-asc" ? "ascending" : Sort == $"{column}-desc" ? "descending" : null;
}
