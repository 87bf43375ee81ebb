using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Gifts;

public class TeamTests
{
    private static Task<int> DeclareAcceptanceAsync(PortalClient client) =>
        DeclareAsync(client, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=120");

    [Fact]
    public async Task Manager_SeesAwaitingAcceptanceAndApproves_ThenItAwaitsPsd()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAcceptanceAsync(officer);
        var declined = await DeclareAsync(officer);
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");

        var home = await manager.GetPageAsync("/");
        Assert.Contains("Gift and hospitality acceptances awaiting your approval (1)", home.QuerySelector("#attention")!.TextContent);
        var team = await manager.GetPageAsync("/Gifts/Team");
        Assert.Contains($"GH-{id:D6}", Assert.Single(team.QuerySelectorAll("#awaiting tbody tr")).TextContent);
        Assert.Equal(2, team.QuerySelectorAll("#team tbody tr").Length);
        Assert.Contains($"GH-{declined:D6}", team.QuerySelector("#team")!.TextContent);

        var response = await manager.PostFormAsync($"/Gifts/Team/Decide/{id}", new()
        {
            ["Input.Decision"] = "approve",
            ["Input.Note"] = "Fine for a partnership dinner",
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal(ApprovalStatus.AwaitingPsd, declaration.ApprovalStatus);
        Assert.Equal("manager.cumbria", declaration.LineManagerDecidedBy);
        Assert.Equal("Fine for a partnership dinner", declaration.LineManagerNote);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition);
        Assert.Equal("manager.cumbria", audit.UserName);
        Assert.Contains("AwaitingPsd", audit.Changes);

        var view = await officer.GetPageAsync($"/Gifts/Declarations/View/{id}");
        Assert.Equal("Awaiting PSD approval", view.QuerySelector("#approval-status")!.TextContent.Trim());
        Assert.NotNull((await manager.GetPageAsync("/Gifts/Team")).QuerySelector("#awaiting-empty"));
        Assert.NotNull((await manager.GetPageAsync($"/Gifts/Team/Decide/{id}")).QuerySelector("#no-decision"));
    }

    [Fact]
    public async Task Manager_WithALongQueue_SeesTheOldestFirst_AndHowManyWait()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var newest = await DeclareAcceptanceAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var byAge = new List<int>(); // oldest first
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            for (var daysAgo = 30; daysAgo >= 1; daysAgo--)
            {
                var copy = await db.GiftDeclarations.AsNoTracking().SingleAsync(d => d.Id == newest);
                copy.Id = 0;
                copy.DeclaredOn = copy.DeclaredOn.AddDays(-daysAgo);
                db.GiftDeclarations.Add(copy);
                await db.SaveChangesAsync();
                byAge.Add(copy.Id);
            }
        }

        var team = await (await PortalClient.SignInAsync(factory, "manager.cumbria")).GetPageAsync("/Gifts/Team");

        var rows = team.QuerySelectorAll("#awaiting tbody tr");
        Assert.Equal(PagedList<GiftDeclaration>.DefaultPageSize, rows.Length);
        Assert.Contains($"GH-{byAge[0]:D6}", rows[0].TextContent);
        Assert.Contains($"GH-{byAge[24]:D6}", rows[24].TextContent);
        Assert.DoesNotContain($"GH-{newest:D6}", team.QuerySelector("#awaiting")!.TextContent);
        Assert.Contains("31 acceptances to decide, the 25 waiting longest shown", team.QuerySelector("#awaiting caption")!.TextContent);
        Assert.NotNull(team.QuerySelector("#awaiting-more"));
    }

    [Fact]
    public async Task Manager_Refuses_WithNote()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await DeclareAcceptanceAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");

        var response = await manager.PostFormAsync($"/Gifts/Team/Decide/{id}", new()
        {
            ["Input.Decision"] = "refuse",
            ["Input.Note"] = "Too generous: return it",
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.Refused, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Theory]
    [InlineData("refuse", "", "Input_Note", "Enter why you are refusing the acceptance")]
    [InlineData("", "", "Input_Decision", "Select whether you approve or refuse the acceptance")]
    [InlineData("maybe", "", "Input_Decision", "Select whether you approve or refuse the acceptance")]
    public async Task Manager_BadDecision_ShowsMessageAndChangesNothing(string decision, string note, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await DeclareAcceptanceAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");

        var response = await manager.PostFormAsync($"/Gifts/Team/Decide/{id}", new()
        {
            ["Input.Decision"] = decision,
            ["Input.Note"] = note,
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await PortalClient.ParseAsync(response)).FieldError(field));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EntityType == "GiftDeclaration" && e.Action == AuditAction.Transition));
    }

    [Fact]
    public async Task Manager_DecidingTwice_IsToldItIsNoLongerWaiting()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await DeclareAcceptanceAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        var url = $"/Gifts/Team/Decide/{id}";

        var first = await manager.PostFormAsync(url, new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" });
        var second = await manager.PostFormAsync(url, new() { ["Input.Decision"] = "refuse", ["Input.Note"] = "Changed my mind", ["Input.Version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(GiftWorkflow.NotAwaitingLineManager, (await PortalClient.ParseAsync(second)).ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.AwaitingPsd, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Fact]
    public async Task Manager_StaleVersion_ToldChangedBySomeoneElse()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAcceptanceAsync(officer);
        // The officer amends after the manager opened the form at version 0.
        var amended = await GiftForms.AmendAsync(officer, id,
            "Outcome=Accepted", "Disposal=KeptPersonally", "Value=130", "AmendmentReason=Dearer than I thought", "Version=0");
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");

        var response = await manager.PostFormAsync($"/Gifts/Team/Decide/{id}", new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, (await PortalClient.ParseAsync(response)).ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Theory]
    [InlineData("manager.thames-valley")]
    [InlineData("head-of-psd.cumbria")]
    public async Task Decide_NotTheDeclarantsLineManager_IsNotFound(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await DeclareAcceptanceAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var other = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Gifts/Team/Decide/{id}")).StatusCode);
        var post = await other.PostFormAsync($"/Gifts/Team/Decide/{id}", new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain($"GH-{id:D6}", (await other.GetPageAsync("/Gifts/Team")).Body!.TextContent);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("staff.cumbria")]
    [InlineData("pcc.cumbria")]
    public async Task TeamPages_NotALineManager_Forbidden(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Gifts/Team")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Gifts/Team/Decide/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Gifts/Team/Decide/1", new() { ["Input.Decision"] = "approve" })).StatusCode);
    }
}
