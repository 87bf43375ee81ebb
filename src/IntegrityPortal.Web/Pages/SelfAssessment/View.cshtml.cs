using CsvHelper;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments;

/// <summary>
/// One assessment: its items by group, each with its rating, evidence and actions; printable
/// (the print stylesheet drops the links and forms) and as CSV (recorded as an export).
/// Another force's assessment is 404, by the force filter.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public sealed record ActionRow(int Id, string Description, string Owner, DateOnly DueOn, ActionStatus Status, bool Overdue);

    public sealed record ItemRow(int AnswerId, AssessmentGroup Group, int Number, string Text, ItemRating? Rating, string? Evidence, IReadOnlyList<ActionRow> Actions);

    public Assessment Assessment { get; private set; } = null!;
    public string ForceName { get; private set; } = string.Empty;
    public IReadOnlyList<ItemRow> Items { get; private set; } = [];

    /// <summary>The force's assessment before this one, to compare with; null for its first.</summary>
    public int? PreviousId { get; private set; }

    public bool MayWrite => SelfAssessmentPages.MayWrite(User, db.Actor, Assessment.ForceId);
    public string? Confirmation => TempData[SelfAssessmentPages.ConfirmationKey] as string;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"self-assessment-{id}.csv\"";
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        var rows = 0;
        await using (var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true))
        {
            await csv.WriteRecordAsync(new[] { "Group", "Item", "Question", "Rating", "Evidence", "Action", "Owner", "Due", "Status" }, ct);
            foreach (var item in Items)
            {
                var first = new[] { item.Group.Describe(), item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Text, item.Rating?.Describe() ?? "Not rated", item.Evidence ?? string.Empty };
                if (item.Actions.Count == 0)
                {
                    await csv.WriteRecordAsync(first.Concat(["", "", "", ""]).ToArray(), ct);
                    rows++;
                }

                foreach (var action in item.Actions)
                {
                    await csv.WriteRecordAsync(first.Concat([action.Description, action.Owner, UkFormat.Date(action.DueOn), action.Status.Describe()]).ToArray(), ct);
                    rows++;
                }
            }

            await csv.FlushAsync(ct);
        }

        await audit.RecordExportAsync(nameof(Assessment), $"{Assessment.Title}, {ForceName} (CSV)", Assessment.ForceId, rows, ct);
        return new EmptyResult();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var assessment = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return false;
        }

        Assessment = assessment;
        ForceName = await db.Forces.Where(f => f.Id == assessment.ForceId).Select(f => f.Name).SingleAsync(ct);
        var today = db.Clock.Today();
        // A checklist has a few dozen items and each a few actions: one query each for items and actions.
        var answers = await db.AssessmentAnswers.AsNoTracking().Where(a => a.AssessmentId == id)
            .OrderBy(a => a.TemplateItem!.Number)
            .Select(a => new { a.Id, a.TemplateItem!.Group, a.TemplateItem.Number, a.TemplateItem.Text, a.Rating, a.Evidence })
            .ToListAsync(ct);
        var actions = (await db.AssessmentActions.AsNoTracking().Where(x => x.Answer!.AssessmentId == id)
                .OrderBy(x => x.DueOn).ThenBy(x => x.Id)
                .Select(x => new { x.AnswerId, x.Id, x.Description, x.Owner, x.DueOn, x.Status })
                .ToListAsync(ct))
            .ToLookup(x => x.AnswerId, x => new ActionRow(x.Id, x.Description, x.Owner!.NameAndRankOrGrade, x.DueOn, x.Status,
                x.Status != ActionStatus.Completed && x.DueOn < today));
        Items = answers.Select(a => new ItemRow(a.Id, a.Group, a.Number, a.Text, a.Rating, a.Evidence, actions[a.Id].ToList())).ToList();
        PreviousId = await db.Assessments.Where(a => a.ForceId == assessment.ForceId && a.StartedOn < assessment.StartedOn)
            .OrderByDescending(a => a.StartedOn).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        return true;
    }
}
