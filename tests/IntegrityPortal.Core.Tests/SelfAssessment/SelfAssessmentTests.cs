using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.SelfAssessment;

/// <summary>The checklist the migrations seed, the assessment's rules, and its figures per period.</summary>
public class SelfAssessmentTests
{
    [Fact]
    public async Task TheSeededChecklist_CoversEveryGroup_AndAnAssessmentAnswersEachItemOnce()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();

        var template = await db.AssessmentTemplates.Include(t => t.Items).SingleAsync();
        var assessment = await new SelfAssessmentWorkflow(db).StartAsync(cumbria, "Assessment", new DateOnly(2026, 11, 1), default);
        await db.SaveChangesAsync();

        Assert.Equal(Enum.GetValues<AssessmentGroup>().Order(), template.Items.Select(i => i.Group).Distinct().Order());
        Assert.Equal(Enumerable.Range(1, template.Items.Count), template.Items.Select(i => i.Number).Order());
        Assert.Equal(template.Items.Select(i => i.Id).Order(), await db.AssessmentAnswers.Where(a => a.AssessmentId == assessment.Id).Select(a => a.TemplateItemId).OrderBy(i => i).ToListAsync());
    }

    [Fact]
    public async Task AnAssessment_IsCompletedOnlyOnceEveryItemIsRated_AndThenItsRatingsAreFixed()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var workflow = new SelfAssessmentWorkflow(db);
        var assessment = await workflow.StartAsync(cumbria, "Assessment", new DateOnly(2026, 11, 1), default);
        await db.SaveChangesAsync();

        var refused = await Assert.ThrowsAsync<SelfAssessmentRuleException>(() => workflow.CompleteAsync(assessment, default));
        Assert.Equal($"Rate every item before completing the assessment: {assessment.Answers.Count} are not rated", refused.Message);
        foreach (var answer in assessment.Answers)
        {
            SelfAssessmentWorkflow.Rate(answer, ItemRating.Met, "Evidence");
        }

        await db.SaveChangesAsync();
        await workflow.CompleteAsync(assessment, default);
        await db.SaveChangesAsync();

        Assert.Equal(AssessmentStatus.Completed, assessment.Status);
        Assert.Throws<SelfAssessmentRuleException>(() => SelfAssessmentWorkflow.Rate(assessment.Answers[0], ItemRating.NotMet, null));
    }

    [Fact]
    public async Task Figures_CountActionsAsTheyStoodAtThePeriodsEnd_SoAPastPeriodDoesNotChange()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        var clock = new ShiftedClock();
        await using var db = TestDatabase.Open(path, SystemActor.Instance, clock);
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var owner = await db.People.Where(p => p.ForceId == cumbria && p.IsActive).Select(p => p.Number).FirstAsync();
        var workflow = new SelfAssessmentWorkflow(db);
        var today = UkTime.Today(clock);
        // The actions were set 20 days ago; one is completed today.
        clock.Shift = TimeSpan.FromDays(-20);
        var assessment = await workflow.StartAsync(cumbria, "Assessment", today.AddDays(-60), default);
        await db.SaveChangesAsync();
        var answer = assessment.Answers[0];
        await workflow.AddActionAsync(answer, "Overdue", owner, today.AddDays(-10), default);
        await workflow.AddActionAsync(answer, "Open", owner, today.AddDays(30), default);
        var done = await workflow.AddActionAsync(answer, "Done", owner, today.AddDays(-5), default);
        await db.SaveChangesAsync();
        clock.Shift = TimeSpan.Zero;
        workflow.Progress(done, ActionStatus.Completed, "Finished", "system");
        await db.SaveChangesAsync();

        var now = (await SelfAssessmentFigures.ForForcesAsync(db, [cumbria], today.AddDays(-30), today))[cumbria];
        var yesterday = (await SelfAssessmentFigures.ForForcesAsync(db, [cumbria], today.AddDays(-30), today.AddDays(-1)))[cumbria];
        var beforeTheActions = (await SelfAssessmentFigures.ForForcesAsync(db, [cumbria], today.AddDays(-90), today.AddDays(-31)))[cumbria];

        Assert.Equal(new SelfAssessmentFigures(0, 1, 2, 1), now);
        // Yesterday the completed action was still open (and overdue) and none was completed.
        Assert.Equal(new SelfAssessmentFigures(0, 0, 3, 2), yesterday);
        Assert.Equal(SelfAssessmentFigures.None, beforeTheActions);
        Assert.Throws<SelfAssessmentRuleException>(() => workflow.Progress(done, ActionStatus.InProgress, "Reopen", "system"));
    }
}
