using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments.Manage;

/// <summary>Completes an assessment once every item is rated; until then the page says how many are left, and offers nothing.</summary>
public class CompleteModel(IntegrityDbContext db) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public Assessment Assessment { get; private set; } = null!;
    public int Unrated { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Version = Assessment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        try
        {
            await new SelfAssessmentWorkflow(db).CompleteAsync(Assessment, ct);
        }
        catch (SelfAssessmentRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        if (!await db.TrySaveAsync(Assessment, Version, ModelState, ct))
        {
            await db.Entry(Assessment).ReloadAsync(ct);
            return Page();
        }

        TempData[SelfAssessmentPages.ConfirmationKey] = $"Assessment ‘{Assessment.Title}’ completed. Its actions stay open until each is completed.";
        return Redirect($"/SelfAssessment/View/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null || !SelfAssessmentPages.MayWrite(User, db.Actor, assessment.ForceId))
        {
            return false;
        }

        Assessment = assessment;
        Unrated = await db.AssessmentAnswers.CountAsync(a => a.AssessmentId == id && a.Rating == null, ct);
        return true;
    }
}
