using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// The confirmation after a decision is recorded: the application's reference, the decision,
/// what happens next, and the next application in the queue it was decided from. The form is
/// not on this page, so a reload records nothing. Only the person who made the decision opens
/// it. It names the applicant, so each view is recorded as a consultation.
/// </summary>
public class DecidedModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    // The page of the queue the application was decided from (DecisionListState).
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public DecisionListState List { get; private set; } = DecisionListState.Checked(false, null, new());
    public BusinessInterest Interest { get; private set; } = null!;
    public ForceSettings Settings { get; private set; } = null!;

    /// <summary>The application after this one in the queue, found by the database.</summary>
    public int? NextId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var interest = await db.BusinessInterests.AsNoTracking().Include(b => b.Applicant)
            .SingleOrDefaultAsync(b => b.Id == id && b.DecidedByPersonId == me && b.DecisionOutcome != null, ct);
        if (interest is null)
        {
            return NotFound();
        }

        Interest = interest;
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == interest.ForceId, ct);
        List = DecisionListState.Checked(false, ListPage, ModelState);
        NextId = await List.NextAfterAsync(db, User, interest, ct);
        await audit.RecordReadAsync(nameof(BusinessInterest), id.ToString(), interest.ForceId, null, ct);
        return Page();
    }
}
