using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments;

/// <summary>
/// Two assessments of one force side by side, item by item: what improved, what is worse and
/// what is still not fully met, matched by the checklist's item. Both must be the same force's.
/// </summary>
public class CompareModel(IntegrityDbContext db) : PageModel
{
    public sealed record Row(int Number, string Text, ItemRating? Before, ItemRating? After)
    {
        public string Change =>
            SelfAssessmentRules.Improved(Before, After) ? "Improved"
            : SelfAssessmentRules.Improved(After, Before) ? "Worse"
            : After is ItemRating.Met ? "Still met"
            : After is null ? "Not rated"
            : "Still open";
    }

    [BindProperty(SupportsGet = true)]
    public int With { get; set; }

    public Assessment Current { get; private set; } = null!;
    public Assessment Earlier { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var pair = await db.Assessments.AsNoTracking().Where(a => a.Id == id || a.Id == With).ToListAsync(ct);
        var current = pair.SingleOrDefault(a => a.Id == id);
        var earlier = pair.SingleOrDefault(a => a.Id == With);
        if (current is null || earlier is null || current.ForceId != earlier.ForceId || current.Id == earlier.Id)
        {
            return NotFound();
        }

        (Current, Earlier) = current.StartedOn >= earlier.StartedOn ? (current, earlier) : (earlier, current);
        var answers = await db.AssessmentAnswers.AsNoTracking().Where(a => a.AssessmentId == Current.Id || a.AssessmentId == Earlier.Id)
            .Select(a => new { a.AssessmentId, a.TemplateItemId, a.TemplateItem!.Number, a.TemplateItem.Text, a.Rating })
            .ToListAsync(ct);
        // Matched by the checklist's item: an item only one of the two asked shows as not rated on the other side.
        var before = answers.Where(a => a.AssessmentId == Earlier.Id).ToDictionary(a => a.TemplateItemId, a => a.Rating);
        var after = answers.Where(a => a.AssessmentId == Current.Id).ToDictionary(a => a.TemplateItemId, a => a.Rating);
        Rows = answers.DistinctBy(a => a.TemplateItemId).OrderBy(a => a.Number).ThenBy(a => a.Text, StringComparer.Ordinal)
            .Select(a => new Row(a.Number, a.Text, before.GetValueOrDefault(a.TemplateItemId), after.GetValueOrDefault(a.TemplateItemId))).ToList();
        return Page();
    }
}
