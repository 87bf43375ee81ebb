using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>The confirmation after publishing: how many people were given a task, and by when.</summary>
public class PublishedModel(IntegrityDbContext db) : PageModel
{
    public PolicyVersion Version { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var version = await PolicyPages.KeptVersionAsync(db, id, ct);
        if (version is not { Status: PolicyVersionStatus.Published })
        {
            return NotFound();
        }

        Version = version;
        return Page();
    }
}
