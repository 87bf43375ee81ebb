using System.Net;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Forms;

/// <summary>Drafts not saved for 30 days are deleted by the nightly clean-up, in every force; newer ones stay.</summary>
public class FormDraftCleanupTests
{
    private static Guid DraftOf(string checkUrl) => Guid.Parse(checkUrl[(checkUrl.IndexOf('=') + 1)..]);

    [Fact]
    public async Task TheNightlyCleanUp_DeletesDraftsNotSavedFor30Days_InEveryForce_AndKeepsTheRest()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var thamesValley = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var abandoned = await CheckUrlAsync(cumbria, "Subject=Abandoned");
        var recent = await CheckUrlAsync(cumbria, "Subject=Still being written");
        var otherForce = await CheckUrlAsync(thamesValley, "Subject=Abandoned elsewhere");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var now = DateTime.UtcNow;
            await db.FormDrafts.Where(d => d.Id == DraftOf(abandoned) || d.Id == DraftOf(otherForce)).ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedUtc, now.AddDays(-31)));
            await db.FormDrafts.Where(d => d.Id == DraftOf(recent)).ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedUtc, now.AddDays(-29)));
        }

        var service = factory.Services.GetServices<IHostedService>().OfType<NightlyFormDraftCleanupService>().Single();
        Assert.True(await service.CleanUpAsync(CancellationToken.None) >= 2);

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.False(await db.FormDrafts.AnyAsync(d => d.Id == DraftOf(abandoned) || d.Id == DraftOf(otherForce)));
            Assert.True(await db.FormDrafts.AnyAsync(d => d.Id == DraftOf(recent)));
            var cutOff = DateTime.UtcNow - FormDraftCleanup.KeptFor;
            Assert.False(await db.FormDrafts.AnyAsync(d => d.UpdatedUtc < cutOff));
        }

        // The deleted draft is gone for its owner too, and sending it creates nothing; the kept one still opens.
        Assert.Equal(HttpStatusCode.NotFound, (await cumbria.GetAsync(abandoned)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cumbria.PostFormAsync(abandoned, [], abandoned)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cumbria.GetAsync(recent)).StatusCode);
        Assert.Equal(0, await service.CleanUpAsync(CancellationToken.None));
    }
}
