using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.TrainingRegister;

/// <summary>What the training tests read from the demonstration data and count afterwards.</summary>
public static class TrainingData
{
    public static async Task<Course> CourseAsync(PortalFactory factory, string forceCode, CourseKind kind)
    {
        var forceId = await factory.ForceIdAsync(forceCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Courses.AsNoTracking().SingleAsync(c => c.ForceId == forceId && c.Kind == kind);
    }

    public static async Task<int> SessionOfAsync(PortalFactory factory, int courseId)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.TrainingSessions.Where(s => s.CourseId == courseId).OrderByDescending(s => s.HeldOn).Select(s => s.Id).FirstAsync();
    }

    public static async Task<string> NumberOfAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Person!.Number).SingleAsync();
    }

    /// <summary>Courses, sessions and attendance, and the audit trail's changes: what a refused form or a repeated import must leave as it was.</summary>
    public static async Task<(int Courses, int Sessions, int Attendances, int Changes)> CountsAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return (await db.Courses.CountAsync(), await db.TrainingSessions.CountAsync(), await db.TrainingAttendances.CountAsync(),
            await db.AuditEvents.CountAsync(e => e.Action != AuditAction.Read));
    }
}
