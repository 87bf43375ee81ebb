using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>
/// The first step of merging an organisation entered twice: which name to keep. Then Check your
/// answers (<see cref="MergeCheckModel"/>) says what moves and does the merge. Only a new
/// duplicate-organisation match of the user's forces opens here; a settled one goes back to its page.
/// </summary>
public class MergeModel(IntegrityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Keep { get; set; }

    public MergePair Pair { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } elsewhere)
        {
            return elsewhere;
        }

        if (Pair.Chosen(Keep) is not { } kept)
        {
            ModelState.AddModelError(nameof(Keep), MergePair.KeepMissing);
            return Page();
        }

        if (await OrganisationMerge.ProblemAsync(db, Pair.Match.ForceId, kept.Id, Pair.Other(kept).Id, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Keep), problem);
            return Page();
        }

        return RedirectToPage("MergeCheck", new { id, keep = kept.Id });
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
        return null;
    }
}
