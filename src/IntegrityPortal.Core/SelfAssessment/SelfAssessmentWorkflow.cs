using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.SelfAssessment;

/// <summary>A rule of the self-assessment that an action broke, with the field it concerns.</summary>
public sealed class SelfAssessmentRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// What happens to a self-assessment: started against the newest checklist, items rated with
/// evidence, actions set, progressed and completed, and the assessment completed once every item
/// is rated. The caller saves.
/// </summary>
public sealed class SelfAssessmentWorkflow(IntegrityDbContext db)
{
    public const string Closed = "The assessment is completed: its ratings no longer change. Its actions are still worked on until each is completed.";

    public async Task<Assessment> StartAsync(int forceId, string title, DateOnly startedOn, CancellationToken ct)
    {
        var template = await db.AssessmentTemplates.Include(t => t.Items).OrderByDescending(t => t.Version).FirstAsync(ct);
        var assessment = new Assessment
        {
            ForceId = forceId, TemplateId = template.Id, Title = title, StartedOn = startedOn, CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        foreach (var item in template.Items.OrderBy(i => i.Number))
        {
            assessment.Answers.Add(new AssessmentAnswer { ForceId = forceId, TemplateItemId = item.Id });
        }

        db.Assessments.Add(assessment);
        return assessment;
    }

    public static void Rate(AssessmentAnswer answer, ItemRating rating, string? evidence)
    {
        if (answer.Assessment!.Status == AssessmentStatus.Completed)
        {
            throw new SelfAssessmentRuleException("Rating", Closed);
        }

        answer.Rating = rating;
        answer.Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
    }

    /// <summary>An action against an item, owned by a person of the assessment's force.</summary>
    public async Task<AssessmentAction> AddActionAsync(AssessmentAnswer answer, string description, string ownerNumber, DateOnly dueOn, CancellationToken ct)
    {
        var number = ownerNumber.Trim();
        var owner = await db.People.Where(p => p.ForceId == answer.ForceId && p.Number == number && p.IsActive).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
            ?? throw new SelfAssessmentRuleException("Owner", $"No one in the force has the number {number}");
        var action = new AssessmentAction
        {
            ForceId = answer.ForceId, Answer = answer, Description = description.Trim(), OwnerId = owner, DueOn = dueOn,
            CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.AssessmentActions.Add(action);
        return action;
    }

    /// <summary>
    /// A progress note and the action's new status. A completed action stays completed: its day
    /// of completion is counted in the figures of its period, which do not change.
    /// </summary>
    public void Progress(AssessmentAction action, ActionStatus status, string? note, string writtenBy)
    {
        if (action.Status == ActionStatus.Completed)
        {
            throw new SelfAssessmentRuleException("Status", "The action is completed: it cannot be changed");
        }

        if (status == action.Status && string.IsNullOrWhiteSpace(note))
        {
            throw new SelfAssessmentRuleException("Note", "Enter a progress note, or choose a new status");
        }

        action.Status = status;
        if (status == ActionStatus.Completed)
        {
            action.CompletedOn = db.Clock.Today();
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            db.ActionNotes.Add(new ActionNote
            {
                ForceId = action.ForceId, ActionId = action.Id, Text = note.Trim(), WrittenBy = writtenBy, WrittenUtc = db.Clock.GetUtcNow().UtcDateTime,
            });
        }
    }

    public async Task CompleteAsync(Assessment assessment, CancellationToken ct)
    {
        if (assessment.Status == AssessmentStatus.Completed)
        {
            throw new SelfAssessmentRuleException("Assessment", "The assessment is already completed");
        }

        var unrated = await db.AssessmentAnswers.CountAsync(a => a.AssessmentId == assessment.Id && a.Rating == null, ct);
        if (unrated > 0)
        {
            throw new SelfAssessmentRuleException("Assessment", $"Rate every item before completing the assessment: {unrated} {(unrated == 1 ? "is" : "are")} not rated");
        }

        assessment.Status = AssessmentStatus.Completed;
        assessment.CompletedOn = db.Clock.Today();
    }
}
