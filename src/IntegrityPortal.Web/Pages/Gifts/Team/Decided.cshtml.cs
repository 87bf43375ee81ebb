using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Team;

/// <summary>
/// The confirmation after a line manager records a decision on an acceptance: the declaration's
/// reference, the decision, what happens next, and the next acceptance awaiting the manager. The
/// form is not on this page, so a reload records nothing. Only the line manager who decided opens
/// it (the workflow keeps their user name on the declaration); it names the declarant, so each
/// view is recorded as a consultation, as the decision page is.
/// </summary>
public class DecidedModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    // The sort and page of the manager's page the declaration was decided from (TeamListState).
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public TeamListState List { get; private set; } = new(null, null);
    public GiftDeclaration Declaration { get; private set; } = null!;

    /// <summary>
    /// True when the manager approved. A refusal by PSD after the manager's approval also leaves
    /// the declaration refused, so it is told apart by which decision came later.
    /// </summary>
    public bool Approved => Declaration.ApprovalStatus != ApprovalStatus.Refused || Declaration.PsdApprovalDecidedUtc > Declaration.LineManagerDecidedUtc;

    /// <summary>The acceptance after this one in the queue awaiting the manager, found by the database.</summary>
    public int? NextId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // A declaration amended since is awaiting the manager again: the decision no longer stands.
        var me = db.Actor.UserName;
        var declaration = await db.GiftDeclarations.AsNoTracking().Include(d => d.Declarant)
            .SingleOrDefaultAsync(d => d.Id == id && d.LineManagerDecidedBy == me && d.LineManagerDecidedUtc != null
                                       && d.ApprovalStatus != ApprovalStatus.AwaitingLineManager && d.ApprovalStatus != ApprovalStatus.NotRequired, ct);
        if (declaration is null)
        {
            return NotFound();
        }

        Declaration = declaration;
        List = TeamListState.Checked(Sort, ListPage, ModelState);
        NextId = await TeamListState.AwaitingAfterAsync(db.GiftDeclarations.AsNoTracking(), GiftUser.PersonId(User), declaration, ct);
        await audit.RecordReadAsync(nameof(GiftDeclaration), id.ToString(), declaration.ForceId, "as line manager", ct);
        return Page();
    }
}
