using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.SelfAssessments;

/// <summary>What the self-assessment tests read from the demonstration data and count afterwards.</summary>
public static class SelfAssessmentData
{
    /// <summary>The force's assessment in progress, its first answer and an action of the force.</summary>
    public static async Task<(int Assessment, int Answer, int Action, int Completed)> OfAsync(PortalFactory factory, string forceCode)
    {
        var forceId = await factory.ForceIdAsync(forceCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var current = await db.Assessments.SingleAsync(a => a.ForceId == forceId && a.Status == AssessmentStatus.InProgress);
        var completed = await db.Assessments.Where(a => a.ForceId == forceId && a.Status == AssessmentStatus.Completed).Select(a => a.Id).SingleAsync();
        var answer = await db.AssessmentAnswers.Where(a => a.AssessmentId == current.Id).OrderBy(a => a.TemplateItem!.Number).Select(a => a.Id).FirstAsync();
        var action = await db.AssessmentActions.Where(a => a.ForceId == forceId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        return (current.Id, answer, action, completed);
    }

    public static async Task<string> NumberOfAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Person!.Number).SingleAsync();
    }

    /// <summary>Assessments, answers rated, actions, notes and the audit trail's changes.</summary>
    public static async Task<(int, int, int, int, int)> CountsAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return (await db.Assessments.CountAsync(), await db.AssessmentAnswers.CountAsync(a => a.Rating != null), await db.AssessmentActions.CountAsync(),
            await db.ActionNotes.CountAsync(), await db.AuditEvents.CountAsync(e => e.Action != AuditAction.Read));
    }
}
