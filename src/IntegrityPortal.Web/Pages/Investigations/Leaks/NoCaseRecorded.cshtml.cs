using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations.Leaks;

/// <summary>
/// The confirmation after PSD record that no case is opened for a flag: its reference, what
/// happens next, and how many flags still await an answer. The form is not on this page, so a
/// reload records nothing. It shows the reference alone, none of the flag, so it is not recorded
/// as a read. A flag of a force the user does not serve is "not found".
/// </summary>
public class NoCaseRecordedModel(IntegrityDbContext db) : PageModel
{
    // PSD's list of suspected leaks the flag was answered from (LeakListState).
    [BindProperty(SupportsGet = true, Name = "Status")]
    public string? ListStatus { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public LeakListState List { get; private set; } = new(SuspectedLeakStatus.AwaitingPsd, null);
    public string Reference { get; private set; } = string.Empty;

    /// <summary>How many flags still await PSD's answer: a force has tens at most, so they are counted exactly.</summary>
    public int Awaiting { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var leak = await db.SuspectedLeaks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.Status == SuspectedLeakStatus.NoCaseOpened, ct);
        if (leak is null)
        {
            return NotFound();
        }

        Reference = leak.Reference;
        List = LeakListState.Checked(ListStatus, ListPage, ModelState);
        Awaiting = await db.SuspectedLeaks.CountAsync(l => l.Status == SuspectedLeakStatus.AwaitingPsd, ct);
        return Page();
    }
}
