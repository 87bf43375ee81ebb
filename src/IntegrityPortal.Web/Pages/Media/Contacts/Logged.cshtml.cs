using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// The confirmation after a contact is logged: its reference and what happens next. Reloading
/// it, or sending the same answers again, shows it and logs nothing more. Only the person who
/// logged the contact opens it; anyone else's is "not found".
/// </summary>
public class LoggedModel(IntegrityDbContext db) : PageModel
{
    public MediaContact Contact { get; private set; } = null!;
    public ForceSettings Settings { get; private set; } = null!;
    public string Outcome { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var contact = await db.MediaContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.PersonId == me, ct);
        if (contact is null)
        {
            return NotFound();
        }

        Contact = contact;
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == contact.ForceId, ct);
        Outcome = ContactFormPageModel.Outcome(contact, Settings);
        return Page();
    }
}
