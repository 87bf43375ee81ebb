using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments;

/// <summary>
/// The self-assessments of the forces the user sees, newest first, each with its ratings and
/// actions counted by the database. A force has one or two a year, so the list is short.
/// </summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public sealed record Row(int Id, string ForceName, string Title, DateOnly StartedOn, AssessmentStatus Status, DateOnly? CompletedOn,
        int Met, int PartlyMet, int NotMet, int Unrated, int ActionsOpen, int ActionsOverdue);

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Assessments { get; private set; } = null!;
    public bool SeveralForces { get; private set; }
    public bool MayStart => db.Actor.HomeForceId is { } home && SelfAssessmentPages.MayWrite(User, db.Actor, home);
    public string? Confirmation => TempData[SelfAssessmentPages.ConfirmationKey] as string;

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeveralForces = await db.VisibleForces.Take(2).CountAsync(ct) > 1;
        var today = db.Clock.Today();
        Assessments = await PagedList<Row>.CreateAsync(db.Assessments.AsNoTracking()
            .Join(db.Forces, a => a.ForceId, f => f.Id, (a, f) => new { Assessment = a, ForceName = f.Name })
            .OrderBy(r => r.ForceName).ThenByDescending(r => r.Assessment.StartedOn).ThenByDescending(r => r.Assessment.Id)
            .Select(r => new Row(r.Assessment.Id, r.ForceName, r.Assessment.Title, r.Assessment.StartedOn, r.Assessment.Status, r.Assessment.CompletedOn,
                r.Assessment.Answers.Count(a => a.Rating == ItemRating.Met),
                r.Assessment.Answers.Count(a => a.Rating == ItemRating.PartlyMet),
                r.Assessment.Answers.Count(a => a.Rating == ItemRating.NotMet),
                r.Assessment.Answers.Count(a => a.Rating == null),
                r.Assessment.Answers.SelectMany(a => a.Actions).Count(x => x.Status != ActionStatus.Completed),
                r.Assessment.Answers.SelectMany(a => a.Actions).Count(x => x.Status != ActionStatus.Completed && x.DueOn < today))),
            PageNumber, ct: ct);
    }

    public string PageHref(int page) => page == 1 ? "/SelfAssessment" : $"/SelfAssessment?pageNumber={page}";
}
