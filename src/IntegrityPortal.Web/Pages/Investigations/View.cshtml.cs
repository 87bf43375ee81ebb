using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>A linked record as the case shows it: its reference, what it is, and where to read it.</summary>
public sealed record LinkedRecord(LinkedRecordKind Kind, int RecordId, string Reference, string Description, string? Href, string AddedBy, DateTime AddedUtc);

/// <summary>
/// One case: details, people concerned, linked records and log, with a link to each step the
/// case allows as it stands. Each step is a page of its own (<see cref="CaseStepModel"/>), so each
/// form has its own title and error summary. Every view is written to the audit trail as a
/// consultation.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public Investigation Case { get; private set; } = null!;

    // The list's filter and page this case was opened from (InvestigationListState).
    [BindProperty(SupportsGet = true)]
    public InvestigationFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public InvestigationListState List { get; private set; } = new(new InvestigationFilter(), null);

    /// <summary>The case after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }
    public IReadOnlyList<LinkedRecord> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await audit.RecordReadAsync(nameof(Investigation), id.ToString(), Case.ForceId, null, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var investigation = await db.Investigations
            .Include(i => i.Force)
            .Include(i => i.People).ThenInclude(p => p.Person!).ThenInclude(p => p.Department)
            .Include(i => i.LogEntries)
            .Include(i => i.Links)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, ct);
        if (investigation is null)
        {
            return false;
        }

        Case = investigation;
        List = await InvestigationListState.CheckedAsync(db, Filter, ListPage, ModelState, ct);
        NextId = await List.Filter.NextAfterAsync(db.Investigations.AsNoTracking(), investigation, ct);
        Links = await CaseLinks.DescribeAsync(db, investigation.Links, ct);
        return true;
    }
}
