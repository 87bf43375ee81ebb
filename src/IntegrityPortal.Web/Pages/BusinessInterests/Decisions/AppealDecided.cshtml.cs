using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// The confirmation after an appeal decision is recorded: the application's reference, the
/// outcome, what happens next for the applicant, and the next appeal in the list it was decided
/// from. The form is not on this page, so a reload records nothing. Only the person who decided
/// the appeal opens it: the application keeps no appeal decider of its own, so the page looks
/// for their "appeal decided" step. It names the applicant, so each view is recorded as a
/// consultation.
/// </summary>
public class AppealDecidedModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    // The page of the appeals the application was decided from (DecisionListState).
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public DecisionListState List { get; private set; } = DecisionListState.Checked(true, null, new());
    public BusinessInterest Interest { get; private set; } = null!;

    /// <summary>The appeal after this one in the list, found by the database.</summary>
    public int? NextId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var interest = await db.BusinessInterests.AsNoTracking().Include(b => b.Applicant)
            .SingleOrDefaultAsync(b => b.Id == id && b.AppealOutcome != null
                                       && b.Steps.Any(s => s.Kind == StepKind.AppealDecided && s.ByPersonId == me), ct);
        if (interest is null)
        {
            return NotFound();
        }

        Interest = interest;
        List = DecisionListState.Checked(true, ListPage, ModelState);
        NextId = await List.NextAfterAsync(db, User, interest, ct);
        await audit.RecordReadAsync(nameof(BusinessInterest), id.ToString(), interest.ForceId, null, ct);
        return Page();
    }
}
