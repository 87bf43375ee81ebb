using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>The governance reports the user may open: one entry for each force in their scope.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public IReadOnlyList<ReportForce> Forces { get; private set; } = [];
    public bool MayCompare { get; private set; }

    /// <summary>Whether the user sits on (or inspects) the integrity board, so its view is offered.</summary>
    public bool MayReadBoard { get; private set; }
    public ReportPeriod Hmic => ReportPeriod.HmicRevisit;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await ReportAccess.VisibleForcesAsync(db, ct);
        MayCompare = ReportAccess.MayCompareForces(User);
        MayReadBoard = ReportAccess.MayReadIntegrityBoard(User);
    }
}
