using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>A published version of a policy, its text rendered safely; the user's task for it, if they have one.</summary>
public class ReadModel(IntegrityDbContext db) : PageModel
{
    public PolicyVersion Version { get; private set; } = null!;
    public string Html { get; private set; } = string.Empty;
    public string AudienceText { get; private set; } = string.Empty;
    public string OwnerName { get; private set; } = string.Empty;
    public PolicyTask? Task { get; private set; }
    public int? CurrentVersionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var version = await db.PolicyVersions.AsNoTracking().Include(v => v.Policy)
            .SingleOrDefaultAsync(v => v.Id == id && v.Status == PolicyVersionStatus.Published, ct);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        Html = PolicyText.ToSafeHtml(version.Text);
        OwnerName = (await PolicyPages.OwnerNamesAsync(db, [version.OwnerId], ct))[version.OwnerId];
        AudienceText = await PolicyPages.AudienceTextAsync(db, version, ct);
        if (PolicyPages.PersonId(User) is { } me)
        {
            Task = await db.PolicyTasks.AsNoTracking().SingleOrDefaultAsync(t => t.PolicyVersionId == id && t.PersonId == me, ct);
        }

        CurrentVersionId = await db.PolicyVersions.Where(v => v.PolicyId == version.PolicyId && v.Status == PolicyVersionStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        return Page();
    }
}
