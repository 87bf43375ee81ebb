using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>The nightly policy reminders: where the force has them on, once per task and once more when overdue, with no person named.</summary>
public class PolicyReminderEmailTests
{
    private static NightlyPolicyReminderService Service(WebApplicationFactory<Program> app) =>
        app.Services.GetServices<IHostedService>().OfType<NightlyPolicyReminderService>().Single();

    [Fact]
    public async Task RemindersOn_ThePersonIsToldOnceOfTheirPolicies_TheLineManagerOfOverdueOnes_AndTheNextNightSendsNothingNew()
    {
        await using var factory = await PortalFactory.CreateAsync();
        string officerName, managerName;
        int officerTasks, officerOverdue, officerPersonId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var settings = await db.ForceSettings.SingleAsync(s => s.Force!.Code == "thames-valley");
            settings.PolicyEmailReminders = true;
            var officer = await db.Users.Include(u => u.Person).SingleAsync(u => u.UserName == "officer.thames-valley");
            officer.Email = "officer@thames-valley.example";
            var manager = await db.Users.Include(u => u.Person).SingleAsync(u => u.PersonId == officer.Person!.LineManagerId);
            manager.Email = "manager@thames-valley.example";
            await db.SaveChangesAsync();
            (officerName, managerName, officerPersonId) = (officer.Person!.FamilyName, manager.Person!.FamilyName, officer.PersonId!.Value);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            officerTasks = await db.PolicyTasks.CountAsync(t => t.PersonId == officer.PersonId && t.ConfirmedUtc == null);
            officerOverdue = await db.PolicyTasks.CountAsync(t => t.PersonId == officer.PersonId && t.ConfirmedUtc == null && t.DueOn < today);
        }

        Assert.True(officerOverdue > 0, "Thames Valley's demonstration officer has overdue policies.");
        var sender = new RecordingSender();
        await using var app = sender.Over(factory, emailEnabled: true);

        await Service(app).RemindAsync(default);

        var toOfficer = Assert.Single(sender.Sent, n => n.To == "officer@thames-valley.example");
        Assert.Equal(officerTasks, toOfficer.Body.Split('\n').Count(l => l.StartsWith("- ")));
        Assert.Contains("has passed", toOfficer.Body);
        var toManager = Assert.Single(sender.Sent, n => n.To == "manager@thames-valley.example" && n.Subject.Contains("your team"));
        Assert.Contains("/Policies/Team", toManager.Body);
        Assert.All(sender.Sent, n => Assert.DoesNotContain(officerName, n.Subject + n.Body));
        Assert.All(sender.Sent, n => Assert.DoesNotContain(managerName, n.Subject + n.Body));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // Only Thames Valley has reminders on.
            Assert.Empty(await db.PolicyReminders.Where(r => r.PolicyTask!.Person!.Force!.Code != "thames-valley").ToListAsync());
            Assert.Equal(officerOverdue, await db.PolicyReminders.CountAsync(r => r.PolicyTask!.PersonId == officerPersonId && r.Kind == PolicyReminderKind.Overdue));
        }

        var first = sender.Sent.Count;
        await Service(app).RemindAsync(default);
        Assert.Equal(first, sender.Sent.Count);
    }

    [Fact]
    public async Task EmailNotConfigured_NothingIsSentOrRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync();
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            (await db.ForceSettings.SingleAsync(s => s.Force!.Code == "thames-valley")).PolicyEmailReminders = true;
            await db.SaveChangesAsync();
        }

        var sender = new RecordingSender();
        await using var app = sender.Over(factory, emailEnabled: false);

        Assert.Equal(0, await Service(app).RemindAsync(default));
        Assert.Empty(sender.Sent);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await check.PolicyReminders.AnyAsync());
    }
}
