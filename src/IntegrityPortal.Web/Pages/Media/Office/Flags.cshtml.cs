using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>The suspected leaks the media department has flagged to PSD, newest first, with where each stands.</summary>
public class FlagsModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public SuspectedLeakStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<SuspectedLeak>? Flags { get; private set; }
    public string DepartmentName { get; private set; } = string.Empty;
    public bool SeveralForces { get; private set; }
    public bool IsMediaOffice => User.IsInRole(Roles.PressOffice);

    // "Answered" covers both of PSD's answers: the department is not told which (see DescribeForDepartment).
    public static readonly IReadOnlyList<SelectListItem> Statuses =
    [
        new(SuspectedLeakStatus.AwaitingPsd.DescribeForDepartment(), SuspectedLeakStatus.AwaitingPsd.ToString()),
        new(SuspectedLeakStatus.CaseOpened.DescribeForDepartment(), SuspectedLeakStatus.CaseOpened.ToString()),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DepartmentName = await OfficePage.DepartmentNameAsync(db, ct);
        SeveralForces = await OfficePage.SingleForceAsync(db, ct) is null;
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = db.SuspectedLeaks.AsNoTracking().Include(l => l.Force).AsQueryable();
        if (Status is { } status)
        {
            query = status == SuspectedLeakStatus.AwaitingPsd
                ? query.Where(l => l.Status == SuspectedLeakStatus.AwaitingPsd)
                : query.Where(l => l.Status != SuspectedLeakStatus.AwaitingPsd);
        }

        Flags = await PagedList<SuspectedLeak>.CreateAsync(query.OrderByDescending(l => l.FlaggedUtc).ThenByDescending(l => l.Id), PageNumber, PageSize, ct);
        await audit.RecordReadAsync("SuspectedLeakFlags", "(search)", null, AuditDescription.Of(("status", Status), ("page", PageNumber)), ct);
    }

    public string PageHref(int page) =>
        QueryStrings.With("/Media/Office/Flags", [new("Status", Status?.ToString()), new("pageNumber", page == 1 ? null : page.ToString())]);
}
