using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>The policy library of the user's force (and the policies its alliance shares), with each one's current version.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, PolicySubject Subject, bool Shared, string ForceName, int? CurrentVersionId, int? CurrentNumber,
        DateOnly? EffectiveOn, bool HasDraft);

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Policies { get; private set; } = null!;

    /// <summary>The policies on this page with a draft the user keeps: a partner force's owners see no draft of a shared policy.</summary>
    public IReadOnlySet<int> DraftsKept { get; private set; } = new HashSet<int>();

    public static string PageHref(int pageNumber) => pageNumber == 1 ? "/Policies" : $"/Policies?pageNumber={pageNumber}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = db.Policies.AsNoTracking().OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Title, p.Subject, p.SharedWithAlliance, p.Force!.Name,
                p.Versions.Where(v => v.Status == PolicyVersionStatus.Published).OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefault(),
                p.Versions.Where(v => v.Status == PolicyVersionStatus.Published).OrderByDescending(v => v.Number).Select(v => (int?)v.Number).FirstOrDefault(),
                p.Versions.Where(v => v.Status == PolicyVersionStatus.Published).OrderByDescending(v => v.Number).Select(v => (DateOnly?)v.EffectiveOn).FirstOrDefault(),
                p.Versions.Any(v => v.Status == PolicyVersionStatus.Draft)));
        Policies = await PagedList<Row>.CreateAsync(rows, PageNumber, ct: ct);
        var kept = new HashSet<int>();
        foreach (var row in Policies.Items.Where(r => r.HasDraft))
        {
            if (await PolicyOwnership.ForcesIfKeptAsync(db, row.Id, ct) is not null)
            {
                kept.Add(row.Id);
            }
        }

        DraftsKept = kept;
    }
}
