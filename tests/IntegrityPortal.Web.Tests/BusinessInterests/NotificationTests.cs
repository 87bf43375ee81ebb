using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>Email after each step: to the next person when email is configured, never when it is off.</summary>
public class NotificationTests
{
    private static async Task GiveEmailAsync(PortalFactory factory, string userName, string email)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.Email = email;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task EmailOn_EachStepTellsTheNextPerson_WithoutPersonalData()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await GiveEmailAsync(factory, "manager.cumbria", "manager@cumbria.example");
        await GiveEmailAsync(factory, "psd.cumbria", "psd@cumbria.example");
        var sender = new RecordingSender();
        await using var app = sender.Over(factory, emailEnabled: true);
        var officer = await PortalClient.SignInAsync(app, "officer.cumbria");

        var id = await InterestData.SubmitAsync(officer);
        var toManager = Assert.Single(sender.Sent);
        Assert.Equal("manager@cumbria.example", toManager.To);
        Assert.Contains($"BI-{id:D6}", toManager.Subject);
        Assert.DoesNotContain("Fit4Life", toManager.Body);

        var manager = await PortalClient.SignInAsync(app, "manager.cumbria");
        await manager.PostFormAsync($"/BusinessInterests/Team/View/{id}", new() { ["Input.View"] = "support", ["Input.Comments"] = "Fine", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(2, sender.Sent.Count);
        Assert.Equal("psd@cumbria.example", sender.Sent[1].To);
        Assert.Contains("awaits PSD assessment", sender.Sent[1].Subject);
    }

    [Fact]
    public async Task EmailOff_NothingIsSent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await GiveEmailAsync(factory, "manager.cumbria", "manager@cumbria.example");
        var sender = new RecordingSender();
        await using var app = sender.Over(factory, emailEnabled: false);

        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(app, "officer.cumbria"));

        Assert.Equal(Core.BusinessInterests.InterestStatus.AwaitingLineManager, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Empty(sender.Sent);
    }
}
