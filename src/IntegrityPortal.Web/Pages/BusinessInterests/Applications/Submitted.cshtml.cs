using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Applications;

/// <summary>
/// The confirmation after an application is submitted: its reference and who looks at it next.
/// Only the applicant opens it, and only once the application is submitted.
/// </summary>
public class SubmittedModel(IntegrityDbContext db) : PageModel
{
    public BusinessInterest Interest { get; private set; } = null!;
    public ForceSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var interest = await db.BusinessInterests.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.ApplicantId == me && b.SubmittedOn != null, ct);
        if (interest is null)
        {
            return NotFound();
        }

        Interest = interest;
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == interest.ForceId, ct);
        return Page();
    }
}
