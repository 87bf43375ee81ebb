using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Web.Pages.Reports.Dashboard;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>
/// The PCC's dashboard: the force's integrity position this quarter against the eight before it,
/// counts and rates only (<see cref="ForceDashboard"/>). Read-only. Who may open it, and for which
/// force, is <see cref="ReportAccess"/>: another force is "not found". It holds no personal data,
/// so a view is not recorded as a read of a record.
/// </summary>
public class DashboardModel(IntegrityDbContext db) : PageModel
{
    public ReportForce Force { get; private set; } = null!;
    public DashboardSections Sections { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string force, CancellationToken ct)
    {
        if (await ReportAccess.FindForceAsync(db, force, ct) is not { } found)
        {
            return NotFound();
        }

        Force = found;
        Sections = new DashboardSections(await ForceDashboard.LoadAsync(db, found.Id, db.Clock.Today(), ct));
        return Page();
    }
}
