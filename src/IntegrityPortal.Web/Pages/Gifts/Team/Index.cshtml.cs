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
    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<GiftDeclaration> Awaiting { get; private set; } = [];
    public PagedList<GiftDeclaration> Declarations { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var me = GiftUser.PersonId(User);
        var mine = db.GiftDeclarations.AsNoTracking()
            .Include(d => d.Declarant)
            .Include(d => d.Organisation)
            .Where(d => d.Declarant!.LineManagerId == me);
        Awaiting = await mine.Where(d => d.ApprovalStatus == ApprovalStatus.AwaitingLineManager)
            .OrderBy(d => d.DeclaredOn).ThenBy(d => d.Id)
            .ToListAsync(ct);
        Declarations = await PagedList<GiftDeclaration>.CreateAsync(
            mine.OrderByDescending(d => d.DeclaredOn).ThenByDescending(d => d.Id), pageNumber ?? 1, ct: ct);
        await audit.RecordReadAsync("GiftTeam", "(search)", null, AuditDescription.Of(("team of person", me), ("page", pageNumber)), ct);
    }

    public (IEnumerable<GiftDeclaration> Rows, string Id, string Caption) AwaitingTable =>
        (Awaiting, "awaiting", Awaiting.Count == 1 ? "1 acceptance to decide" : $"{Awaiting.Count} acceptances to decide");

    public (IEnumerable<GiftDeclaration> Rows, string Id, string Caption) TeamTable =>
        (Declarations.Items, "team",
            (Declarations.TotalCount == 1 ? "1 declaration" : $"{Declarations.TotalCount} declarations")
            + (Declarations.PageCount > 1 ? $", page {Declarations.Page} of {Declarations.PageCount}" : string.Empty));

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
