using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>PSD marks several declarations reviewed from the register: each is its own audited change, and one changed since is skipped and named.</summary>
public class BulkReviewTests
{
    private static IReadOnlyList<string> Choices(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")!).ToList();

    [Fact]
    public async Task MarksSeveralReviewed_AuditsEach_AndSkipsOneChangedSince()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        const string list = "/Gifts/Register?Filter.Review=AwaitingReview";
        // Not the PSD officer's own declarations, which they may not review (that refusal is named too).
        List<int> own;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var me = await db.Users.Where(u => u.UserName == "psd.cumbria").Select(u => u.PersonId).SingleAsync();
            own = await db.GiftDeclarations.Where(d => d.DeclarantId == me).Select(d => d.Id).ToListAsync();
        }

        var choices = Choices(await psd.GetPageAsync(list)).Where(c => !own.Contains(int.Parse(c.Split(':')[0]))).Take(3).ToList();
        Assert.Equal(3, choices.Count);
        var ids = choices.Select(c => int.Parse(c.Split(':')[0])).ToList();

        // Someone else changes the third after the list was shown.
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var third = await db.GiftDeclarations.SingleAsync(d => d.Id == ids[2]);
            third.ReviewNote = "Changed elsewhere";
            await db.SaveChangesAsync();
        }

        var query = string.Join("&", choices.Select(c => $"Selected={Uri.EscapeDataString(c)}")) + "&Filter.Review=AwaitingReview";
        var confirm = await psd.GetPageAsync($"/Gifts/Register/BulkReview?{query}");
        Assert.Equal(3, confirm.QuerySelectorAll("#chosen tbody tr").Length);

        var empty = await psd.PostFormAsync($"/Gifts/Register/BulkReview?{query}", choices.Select((c, i) => (c, i)).ToDictionary(p => $"Selected[{p.i}]", p => p.c));
        Assert.Equal("Enter a note of the review", (await PortalClient.ParseAsync(empty)).FieldError("Note"));

        var fields = choices.Select((c, i) => (c, i)).ToDictionary(p => $"Selected[{p.i}]", p => p.c);
        fields["Note"] = "Within policy";
        var done = await psd.PostFormAsync($"/Gifts/Register/BulkReview?{query}", fields, "/Gifts/Register/BulkReview?Filter.Review=AwaitingReview");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(list, done.Headers.Location!.OriginalString);
        var message = (await psd.GetPageAsync(list)).QuerySelector("#confirmation")!.TextContent;
        Assert.True(message.Contains("2 declarations marked reviewed"), message);
        Assert.True(message.Contains($"GH-{ids[2]:D6} (changed since the list was shown)"), message);

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await check.GiftDeclarations.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
        Assert.Equal(ReviewStatus.Reviewed, after[ids[0]].ReviewStatus);
        Assert.Equal(ReviewStatus.Reviewed, after[ids[1]].ReviewStatus);
        Assert.Equal(ReviewStatus.AwaitingReview, after[ids[2]].ReviewStatus);
    }

    [Fact]
    public async Task EachBulkReviewedDeclaration_HasItsOwnAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        List<int> own;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var me = await db.Users.Where(u => u.UserName == "psd.cumbria").Select(u => u.PersonId).SingleAsync();
            own = await db.GiftDeclarations.Where(d => d.DeclarantId == me).Select(d => d.Id).ToListAsync();
        }

        var choices = Choices(await psd.GetPageAsync("/Gifts/Register?Filter.Review=AwaitingReview")).Where(c => !own.Contains(int.Parse(c.Split(':')[0]))).Take(2).ToList();
        var fields = choices.Select((c, i) => (c, i)).ToDictionary(p => $"Selected[{p.i}]", p => p.c);
        fields["Note"] = "Within policy";
        var url = "/Gifts/Register/BulkReview?" + string.Join("&", choices.Select(c => $"Selected={Uri.EscapeDataString(c)}"));
        Assert.Equal(HttpStatusCode.Redirect, (await psd.PostFormAsync(url, fields, url)).StatusCode);

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        foreach (var id in choices.Select(c => c.Split(':')[0]))
        {
            Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(GiftDeclaration) && e.EntityId == id
                && e.Action == AuditAction.Transition && e.UserName == "psd.cumbria"));
        }
    }

    [Fact]
    public async Task WrongRoleIsRefused_AndAnotherForcesPsdFindsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var choice = Choices(await psd.GetPageAsync("/Gifts/Register?Filter.Review=AwaitingReview"))[0];
        var url = $"/Gifts/Register/BulkReview?Selected={Uri.EscapeDataString(choice)}";

        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(url)).StatusCode);
        var otherPsd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Equal(HttpStatusCode.NotFound, (await otherPsd.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPsd.PostFormAsync(url, new() { ["Selected"] = choice, ["Note"] = "x" })).StatusCode);
    }
}
