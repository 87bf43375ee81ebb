using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>The person's own contact as logged. Anyone else's, in the same force or not, is "not found".</summary>
public class ViewModel(IntegrityDbContext db) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public MediaContact Contact { get; private set; } = null!;
    public bool ForceRequiresNotice { get; private set; }
    public string DepartmentName { get; private set; } = string.Empty;

    /// <summary>A pre-arranged contact logged in advance whose time has come: it can be completed.</summary>
    public bool CanComplete { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var contact = await db.MediaContacts.AsNoTracking()
            .Include(c => c.Force).ThenInclude(f => f!.Settings)
            .Include(c => c.Versions)
            .SingleOrDefaultAsync(c => c.Id == id && c.PersonId == me, ct);
        if (contact is null)
        {
            return NotFound();
        }

        Contact = contact;
        ForceRequiresNotice = contact.Force!.Settings!.MediaAdvanceNoticeRequired;
        DepartmentName = contact.Force.Settings.MediaDepartmentName;
        CanComplete = MediaWorkflow.CanComplete(contact, db.Clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
