using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>
/// Check your answers for a merge: the name kept, the one merged into it, and how many records of
/// each register move; confirming merges in one transaction (<see cref="OrganisationMerge"/>). The
/// match's version is the one-time token: a second post, or one after someone else settled the
/// match, merges nothing and goes back to the match.
/// </summary>
public class MergeCheckModel(IntegrityDbContext db, ILogger<MergeCheckModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Keep { get; set; }

    /// <summary>The match's version when the answers were shown.</summary>
    [BindProperty]
    public int Version { get; set; }

    public MergePair Pair { get; private set; } = null!;
    public Organisation Kept { get; private set; } = null!;
    public Organisation Other { get; private set; } = null!;
    public MergeCounts Counts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        Version = Pair.Match.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        if (Version != Pair.Match.Version)
        {
            ModelState.AddModelError(string.Empty, ConcurrencySaving.ChangedBySomeoneElse);
            Version = Pair.Match.Version;
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // Read again inside the transaction: a merge of the same pair posted at the same moment
            // may have committed since this request loaded the match, and removed an organisation.
            var now = await db.ProcurementMatches.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Version, m.Status }).SingleAsync(ct);
            if (now.Version != Version || now.Status != MatchStatus.New)
            {
                await transaction.RollbackAsync(ct);
                return RedirectToPage("View", new { id });
            }

            try
            {
                var match = await db.ProcurementMatches.SingleAsync(m => m.Id == id, ct);
                db.Entry(match).Property(m => m.Version).OriginalValue = Version;
                await OrganisationMerge.MergeAsync(db, match, Kept.Id, ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException e)
            {
                // Another post merged (or settled) the pair first: this one changes nothing.
                logger.LogInformation(e, "Merge of match {MatchId} not made: the match changed meanwhile", id);
                await transaction.RollbackAsync(ct);
                return RedirectToPage("View", new { id });
            }
        }

        TempData[ProcurementPages.ConfirmationKey] = $"‘{Other.Name}’ merged into ‘{Kept.Name}’: {Counts.Total} {(Counts.Total == 1 ? "record moved" : "records moved")}, and match {MatchRecords.Reference(id)} is settled as merged.";
        return RedirectToPage("View", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await MergePair.FindAsync(db, id, ct) is not { } pair)
        {
            return NotFound();
        }

        if (!pair.CanMerge)
        {
            return RedirectToPage("View", new { id });
        }

        Pair = pair;
        if (pair.Chosen(Keep) is not { } kept
            || await OrganisationMerge.ProblemAsync(db, pair.Match.ForceId, kept.Id, pair.Other(kept).Id, ct) is not null)
        {
            // The choice is made (and any problem answered) on the first page.
            return RedirectToPage("Merge", new { id, keep = Keep });
        }

        (Kept, Other) = (kept, pair.Other(kept));
        Counts = await OrganisationMerge.CountAsync(db, pair.Match, Other.Id, ct);
        return null;
    }
}
