using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Web.Pages.Reports.Dashboard;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>
/// The integrity board's view for the chief officer team: the dashboard and, first, what the
/// board must decide or check (<see cref="BoardItems"/>). Links to the records are offered only
/// to those whose role opens them (PSD's pages: <see cref="Policies.Psd"/>); the others read the
/// counts. Force as for every report (<see cref="ReportAccess"/>).
/// </summary>
public class BoardModel(IntegrityDbContext db, IAuthorizationService authorization) : PageModel
{
    public ReportForce Force { get; private set; } = null!;
    public DashboardSections Sections { get; private set; } = null!;
    public BoardItems Items { get; private set; } = null!;

    /// <summary>Whether the user may open the business-interest and investigation records the items count.</summary>
    public bool MayOpenRecords { get; private set; }

    public async Task<IActionResult> OnGetAsync(string force, CancellationToken ct)
    {
        if (await ReportAccess.FindForceAsync(db, force, ct) is not { } found)
        {
            return NotFound();
        }

        Force = found;
        var dashboard = await ForceDashboard.LoadAsync(db, found.Id, db.Clock.Today(), ct);
        Sections = new DashboardSections(dashboard);
        Items = await BoardItems.LoadAsync(db, dashboard, ct);
        MayOpenRecords = (await authorization.AuthorizeAsync(User, Policies.Psd)).Succeeded;
        return Page();
    }
}
