using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments.Manage;

/// <summary>Rates one item of an assessment in progress (met, partly met, not met) with the evidence for it.</summary>
public class RateModel(IntegrityDbContext db) : PageModel
{
    public sealed class RateInput
    {
        public ItemRating? Rating { get; set; }
        public string? Evidence { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public RateInput Input { get; set; } = new();

    public AssessmentAnswer Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new RateInput { Rating = Answer.Rating, Evidence = Answer.Evidence, Version = Answer.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Input.Rating is not { } rating || !Enum.IsDefined(rating))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RateInput.Rating)}", "Select whether the force meets the item");
        }

        if ((Input.Evidence ?? string.Empty).Trim().Length > SelfAssessmentRules.EvidenceLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RateInput.Evidence)}", $"The evidence must be {SelfAssessmentRules.EvidenceLength:N0} characters or fewer");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            SelfAssessmentWorkflow.Rate(Answer, Input.Rating!.Value, Input.Evidence);
        }
        catch (SelfAssessmentRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        // A rating changes its assessment too: saving it bumps the assessment's version, so a rating
        // cannot slip in after the assessment was completed, and completing notices late ratings.
        db.Entry(Answer.Assessment!).Property(a => a.Version).IsModified = true;
        if (!await db.TrySaveAsync(Answer, Input.Version, ModelState, ct))
        {
            return Page();
        }

        TempData[SelfAssessmentPages.ConfirmationKey] = $"Item {Answer.TemplateItem!.Number} rated {Answer.Rating!.Value.Describe().ToLowerInvariant()}.";
        return Redirect($"/SelfAssessment/View/{Answer.AssessmentId}#item-{Answer.TemplateItem.Number}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var answer = await db.AssessmentAnswers.Include(a => a.Assessment).Include(a => a.TemplateItem).SingleOrDefaultAsync(a => a.Id == id, ct);
        Answer = answer!;
        // An alliance partner's assessment is read, not written: as good as not there.
        return answer is not null && SelfAssessmentPages.MayWrite(User, db.Actor, answer.ForceId);
    }
}
