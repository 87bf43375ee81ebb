using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>
/// A line manager's view of their direct reports' policy confirmations: how many are done, and
/// each one still to do, overdue first. Each view is recorded in the audit trail: it shows what
/// named people have not done.
/// </summary>
public class TeamModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public sealed record Row(Person Person, int PolicyVersionId, string Title, int Number, DateOnly DueOn);

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int Confirmed { get; private set; }
    public int Overdue { get; private set; }
    public DateOnly Today { get; private set; }
    public PagedList<Row> Outstanding { get; private set; } = null!;

    public double Percentage => Total == 0 ? 0 : Math.Round(100.0 * Confirmed / Total, 1);

    public static string PageHref(int pageNumber) => pageNumber == 1 ? "/Policies/Team" : $"/Policies/Team?pageNumber={pageNumber}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = PolicyPages.PersonId(User);
        Today = db.Clock.Today();
        var today = Today;
        var team = db.PolicyTasks.AsNoTracking().Where(t => t.Person!.LineManagerId == me);
        var counts = await team.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Confirmed = g.Count(t => t.ConfirmedUtc != null), Overdue = g.Count(t => t.ConfirmedUtc == null && t.DueOn < today) })
            .SingleOrDefaultAsync(ct);
        (Total, Confirmed, Overdue) = (counts?.Total ?? 0, counts?.Confirmed ?? 0, counts?.Overdue ?? 0);
        // Overdue first (the earliest read-by date), then by name.
        var outstanding = team.Where(t => t.ConfirmedUtc == null)
            .OrderBy(t => t.DueOn).ThenBy(t => t.Person!.FamilyName).ThenBy(t => t.Person!.GivenName).ThenBy(t => t.Id)
            .Select(t => new Row(t.Person!, t.PolicyVersionId, t.PolicyVersion!.Policy!.Title, t.PolicyVersion.Number, t.DueOn));
        Outstanding = await PagedList<Row>.CreateAsync(outstanding, PageNumber, ct: ct);
        await audit.RecordReadAsync("PolicyTeam", "(search)", null, AuditDescription.Of(("team of person", me), ("page", PageNumber)), ct);
    }
}
