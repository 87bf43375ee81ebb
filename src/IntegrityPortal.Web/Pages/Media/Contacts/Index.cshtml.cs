using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>"My media contacts": the signed-in person's own log, newest contact first. Nobody else's appears.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public const int PageSize = 50;

    public PagedList<MediaContact> Contacts { get; private set; } = null!;
    public string DepartmentName { get; private set; } = string.Empty;
    public bool ForceRequiresNotice { get; private set; }

    public async Task OnGetAsync([FromQuery] int? pageNumber, CancellationToken ct)
    {
        ModelState.Clear();
        var me = GiftUser.PersonId(User);
        var settings = await db.People.AsNoTracking().Where(p => p.Id == me)
            .Select(p => new { p.Force!.Settings!.MediaDepartmentName, p.Force.Settings.MediaAdvanceNoticeRequired })
            .SingleOrDefaultAsync(ct);
        DepartmentName = settings?.MediaDepartmentName ?? "press office";
        ForceRequiresNotice = settings?.MediaAdvanceNoticeRequired ?? false;
        var query = db.MediaContacts.AsNoTracking()
            .Where(c => c.PersonId == me)
            .OrderByDescending(c => c.ContactedUtc).ThenByDescending(c => c.Id);
        Contacts = await PagedList<MediaContact>.CreateAsync(query, pageNumber ?? 1, PageSize, ct);
    }

    public string PageHref(int pageNumber) => Url.Page("Index", new { pageNumber })!;
}
