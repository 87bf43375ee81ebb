using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// The media department's list of every contact logged in its force (PSD reads it too, for
/// the forces it serves), filtered and paged by the database. Every search is recorded as a
/// consultation in the audit trail, as the gifts register's are.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public MediaContactFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<MediaContactRow>? Results { get; private set; }
    public string DepartmentName { get; private set; } = string.Empty;
    public bool SeveralForces { get; private set; }
    public bool IsMediaOffice => User.IsInRole(Roles.PressOffice);

    /// <summary>This page of the list, carried to each contact opened from it (back link and "next in this list"). Built once: each row of the table asks for it.</summary>
    public MediaListState ListState => field ??= new(Filter, PageNumber);

    /// <summary>The department may acknowledge a contact from the list when it awaits acknowledgement and is not their own.</summary>
    public bool MayAcknowledge(MediaContactRow row) =>
        IsMediaOffice && row.AcknowledgedUtc is null && row.PersonId != Gifts.GiftUser.PersonId(User);

    public async Task OnGetAsync(CancellationToken ct)
    {
        DepartmentName = await OfficePage.DepartmentNameAsync(db, ct);
        var force = await OfficePage.SingleForceAsync(db, ct);
        SeveralForces = force is null;
        foreach (var (property, message) in Filter.Check())
        {
            ModelState.AddModelError($"{nameof(Filter)}.{property}", message);
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        // The page's keys are chosen first, as the register's are (for an alliance PSD, from each
        // force's first keys: PerForcePage), then only its rows are read.
        var contacts = db.MediaContacts.AsNoTracking();
        IQueryable<MediaContactRow> PageOf(int skip, int take)
        {
            var ids = PerForcePage.Ids(contacts, db.Actor.Scope, null, Filter.Keys, MediaContactFilter.OrderedKeys, c => c.ForceId, skip, take);
            return MediaContactFilter.Project(Filter.Apply(contacts.Where(c => ids.Contains(c.Id))));
        }

        Results = await PagedList<MediaContactRow>.CreateAsync(MediaContactFilter.Project(Filter.Apply(contacts)), PageOf, PageNumber, PageSize, ct);
        await audit.RecordReadAsync("MediaContactLog", "(search)", force, Filter.Describe(), ct);
    }

    public string PageHref(int page) =>
        QueryStrings.With("/Media/Office", Filter.ToQuery(nameof(Filter)).Append(new("pageNumber", page == 1 ? null : page.ToString())));
}
