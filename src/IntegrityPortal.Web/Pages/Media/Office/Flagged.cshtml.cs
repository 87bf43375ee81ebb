using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// The confirmation after the press office flags a suspected leak, from a contact or an
/// article: the flag's reference and what happens next. The form that made the flag is not
/// on this page, so reloading it or going back flags nothing more. It shows the flag's
/// reference and what was flagged, no one's record, so it is not recorded as a read. A flag
/// of a force the user does not serve is "not found".
/// </summary>
public class FlaggedModel(IntegrityDbContext db) : PageModel
{
    // The log's filter and page the contact was opened from, for the way back to it (MediaListState).
    [BindProperty(SupportsGet = true)]
    public MediaContactFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public MediaListState List { get; private set; } = new(new MediaContactFilter(), null);
    public SuspectedLeak Leak { get; private set; } = null!;
    public string? ContactReference { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var leak = await db.SuspectedLeaks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (leak is null)
        {
            return NotFound();
        }

        Leak = leak;
        List = MediaListState.Checked(Filter, ListPage, ModelState);
        ContactReference = leak.MediaContactId is { } contactId ? RecordLinks.Reference(LinkedRecordKind.MediaContact, contactId) : null;
        return Page();
    }
}
