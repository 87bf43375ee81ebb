using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>
/// The line manager checks a decision on an acceptance before it is recorded ("Continue", then
/// "Record my decision" or "Change my decision"), and a recorded decision ends on a confirmation
/// that says what happens next. Cumbria: manager.cumbria line-manages officer.cumbria.
/// </summary>
public class TeamDecisionCheckTests
{
    private static async Task<(PortalFactory Factory, PortalClient Manager, int Id, string Url)> AwaitingManagerAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await DeclareAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"), "Outcome=Accepted", "Disposal=KeptPersonally", "Value=120");
        return (factory, await PortalClient.SignInAsync(factory, "manager.cumbria"), id, $"/Gifts/Team/Decide/{id}");
    }

    private static async Task<GiftDeclaration> LoadAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.GiftDeclarations.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    private static async Task<bool> AnyTransitionAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.AuditEvents.AnyAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition);
    }

    [Fact]
    public async Task Continue_ShowsTheDecisionToCheck_AndRecordsNothing_ThenChangeKeepsWhatWasTyped()
    {
        var (factory, manager, id, url) = await AwaitingManagerAsync();
        await using var _ = factory;
        var fields = new Dictionary<string, string> { ["Input.Decision"] = "refuse", ["Input.Note"] = "Too generous: return it", ["Input.Version"] = "0" };

        var form = (await manager.GetPageAsync(url)).QuerySelector("#decide-form")!;
        Assert.Equal($"{url}?handler=Check", form.GetAttribute("action"));
        var check = await PortalClient.ParseAsync(await manager.PostFormAsync(url, fields, $"{url}?handler=Check"));

        Assert.Equal("Check your decision", check.QuerySelector("#check-heading")!.TextContent);
        Assert.Equal("Refuse the acceptance", check.QuerySelector("#check-decision")!.TextContent);
        Assert.Equal("Too generous: return it", check.QuerySelector("#check-note")!.TextContent);
        Assert.Contains("sees on their declaration that the acceptance is refused, with your note", check.QuerySelector("#check-next")!.TextContent);
        Assert.Null(check.QuerySelector("#decide-form"));
        Assert.Equal("refuse", check.QuerySelector("#record-form input[name='Input.Decision']")!.GetAttribute("value"));
        Assert.Equal("Too generous: return it", check.QuerySelector("#record-form input[name='Input.Note']")!.GetAttribute("value"));
        Assert.Equal("0", check.QuerySelector("#record-form input[name='Input.Version']")!.GetAttribute("value"));
        // The record form posts to the page itself: the form tag helper would have kept handler=Check.
        Assert.Equal(url, check.QuerySelector("#record-form")!.GetAttribute("action"));
        Assert.NotNull(check.QuerySelector("#record-form input[name='__RequestVerificationToken']"));
        Assert.Equal($"{url}?handler=Change", check.QuerySelector("#record-form button[formaction]")!.GetAttribute("formaction"));
        var unchanged = await LoadAsync(factory, id);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, unchanged.ApprovalStatus);
        Assert.Equal(0, unchanged.Version);
        Assert.False(await AnyTransitionAsync(factory, id));

        var change = await PortalClient.ParseAsync(await manager.PostFormAsync(url, fields, $"{url}?handler=Change"));

        Assert.NotNull(change.QuerySelector("#decide-form"));
        Assert.Null(change.QuerySelector("#check"));
        Assert.Equal("refuse", change.QuerySelector("input[name='Input.Decision'][checked]")!.GetAttribute("value"));
        Assert.Equal("Too generous: return it", change.QuerySelector("#Input_Note")!.TextContent.Trim());
        Assert.Equal(0, (await LoadAsync(factory, id)).Version);
    }

    [Fact]
    public async Task Continue_WithAnApproval_SaysPsdDecidesNext()
    {
        var (factory, manager, _, url) = await AwaitingManagerAsync();
        await using var _ = factory;

        var check = await PortalClient.ParseAsync(await manager.PostFormAsync(url, new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" }, $"{url}?handler=Check"));

        Assert.Equal("Approve the acceptance", check.QuerySelector("#check-decision")!.TextContent);
        Assert.Equal("None given", check.QuerySelector("#check-note")!.TextContent);
        Assert.Contains("The professional standards department decides next", check.QuerySelector("#check-next")!.TextContent);
    }

    [Fact]
    public async Task Continue_WithARefusalWithoutANote_IsAnsweredBesideTheField_AndShowsNoCheck()
    {
        var (factory, manager, id, url) = await AwaitingManagerAsync();
        await using var _ = factory;

        var response = await manager.PostFormAsync(url, new() { ["Input.Decision"] = "refuse", ["Input.Note"] = " ", ["Input.Version"] = "0" }, $"{url}?handler=Check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter why you are refusing the acceptance", page.FieldError("Input_Note"));
        Assert.Null(page.QuerySelector("#check"));
        Assert.Null(page.QuerySelector("#record-form"));
        Assert.Equal("refuse", page.QuerySelector("input[name='Input.Decision'][checked]")!.GetAttribute("value"));
        Assert.Equal(ApprovalStatus.AwaitingLineManager, (await LoadAsync(factory, id)).ApprovalStatus);
        Assert.False(await AnyTransitionAsync(factory, id));
    }

    [Fact]
    public async Task Record_AfterTheDeclarationChanged_IsToldSo_WithTheDecisionKept()
    {
        var (factory, manager, id, url) = await AwaitingManagerAsync();
        await using var _ = factory;
        var fields = new Dictionary<string, string> { ["Input.Decision"] = "approve", ["Input.Note"] = "Fine", ["Input.Version"] = "0" };
        var check = await PortalClient.ParseAsync(await manager.PostFormAsync(url, fields, $"{url}?handler=Check"));
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var amended = await AmendAsync(officer, id, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=130", "AmendmentReason=Dearer than I thought", "Version=0");
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);

        var response = await manager.PostFormAsync(url, fields, check.QuerySelector("#record-form")!.GetAttribute("action")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, page.ErrorSummary());
        Assert.Equal("approve", page.QuerySelector("input[name='Input.Decision'][checked]")!.GetAttribute("value"));
        Assert.Equal("Awaiting line manager", page.QuerySelector("#approval-status")!.TextContent.Trim());
        Assert.Equal(ApprovalStatus.AwaitingLineManager, (await LoadAsync(factory, id)).ApprovalStatus);
    }

    [Fact]
    public async Task Record_EndsOnAConfirmationOfWhatHappensNext_ThatOnlyTheManagerWhoDecidedOpens_AndAReloadRecordsNothing()
    {
        var (factory, manager, id, url) = await AwaitingManagerAsync();
        await using var _ = factory;

        var recorded = await manager.PostFormAsync(url, new() { ["Input.Decision"] = "refuse", ["Input.Note"] = "Too generous: return it", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var panelUrl = recorded.Headers.Location!.ToString();
        Assert.Equal($"/Gifts/Team/Decided/{id}", panelUrl);
        var panel = await manager.GetPageAsync(panelUrl);
        var declaration = await LoadAsync(factory, id);
        Assert.Equal(ApprovalStatus.Refused, declaration.ApprovalStatus);
        Assert.Equal("Decision recorded", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Contains($"GH-{id:D6}", panel.QuerySelector(".govuk-panel__body")!.TextContent);
        Assert.Equal("Acceptance refused", panel.QuerySelector("#outcome")!.TextContent);
        Assert.Contains("the acceptance is refused, with your note: Too generous: return it", panel.QuerySelector("#next")!.TextContent);
        Assert.NotNull(panel.QuerySelector("#end-of-list"));
        Assert.Equal("/Gifts/Team", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Null(panel.QuerySelector("main form[method=post]"));

        // A reload records nothing more.
        await manager.GetPageAsync(panelUrl);
        Assert.Equal(declaration.Version, (await LoadAsync(factory, id)).Version);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition));
        }

        // Another line manager of the force, one of another force, and a role that manages no one.
        foreach (var other in new[] { "head-of-psd.cumbria", "manager.thames-valley" })
        {
            var client = await PortalClient.SignInAsync(factory, other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(panelUrl)).StatusCode);
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(panelUrl)).StatusCode);
    }

    [Fact]
    public async Task Record_OfAnApproval_OffersTheNextAcceptanceAwaitingTheManager()
    {
        var (factory, manager, id, url) = await AwaitingManagerAsync();
        await using var _ = factory;
        var next = await DeclareAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"), "Outcome=Accepted", "Disposal=KeptPersonally", "Value=125");

        var recorded = await manager.PostFormAsync(url, new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" });
        var panel = await manager.GetPageAsync(recorded.Headers.Location!.ToString());

        Assert.Equal("Acceptance approved", panel.QuerySelector("#outcome")!.TextContent);
        Assert.Contains("The professional standards department decides next", panel.QuerySelector("#next")!.TextContent);
        Assert.Equal($"/Gifts/Team/Decide/{next}", panel.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.Equal(ApprovalStatus.AwaitingPsd, (await LoadAsync(factory, id)).ApprovalStatus);
    }
}
