using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// The confirmation after a pre-arranged contact is completed: its reference and what happens
/// next. Reloading it, or sending the same completion again, shows it and changes nothing more.
/// Only the person who logged the contact opens it, and only once it is completed; anything
/// else is "not found".
/// </summary>
public class CompletedModel(IntegrityDbContext db) : PageModel
{
    public MediaContact Contact { get; private set; } = null!;
    public ForceSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var contact = await db.MediaContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.PersonId == me && c.CompletedUtc != null, ct);
        if (contact is null)
        {
            return NotFound();
        }

        Contact = contact;
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == contact.ForceId, ct);
        return Page();
    }
}
