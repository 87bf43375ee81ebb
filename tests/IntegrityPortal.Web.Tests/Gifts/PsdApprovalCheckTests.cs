using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>
/// PSD check their decision on an acceptance before it is recorded ("Continue", then "Record the
/// decision" or "Change the decision"), and a recorded decision ends on a confirmation that says
/// what happens next and offers the next declaration of the list it was decided from (decision 0076).
/// </summary>
public class PsdApprovalCheckTests
{
    private const string List = "Filter.Approval=AwaitingPsd&Sort=value-desc";

    private static async Task<(PortalFactory Factory, PortalClient Psd, int Id, int Version, string Url)> AwaitingPsdAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await GiftData.AwaitingPsdAsync(db, "officer.cumbria", "Delta Catering");
        return (factory, await PortalClient.SignInAsync(factory, "psd.cumbria"), declaration.Id, declaration.Version, $"/Gifts/Register/View/{declaration.Id}?{List}");
    }

    private static async Task<GiftDeclaration> LoadAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.GiftDeclarations.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    /// <summary>The panel names the declarant, so each view of it is recorded as a read.</summary>
    private static async Task<int> ReadsAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Read && e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString());
    }

    [Fact]
    public async Task Continue_ShowsTheDecisionToCheck_AndRecordsNothing_ThenChangeKeepsWhatWasTyped()
    {
        var (factory, psd, id, version, url) = await AwaitingPsdAsync();
        await using var _ = factory;
        var fields = new Dictionary<string, string> { ["Approval.Decision"] = "refuse", ["Approval.Note"] = "Too generous for a supplier", ["Approval.Version"] = $"{version}" };

        var check = await PortalClient.ParseAsync(await psd.PostFormAsync(url, fields, $"/Gifts/Register/View/{id}?handler=CheckApproval&{List}"));

        Assert.Equal("Check your decision", check.QuerySelector("#check-heading")!.TextContent);
        Assert.Equal("Refuse the acceptance", check.QuerySelector("#check-decision")!.TextContent);
        Assert.Equal("Too generous for a supplier", check.QuerySelector("#check-note")!.TextContent);
        Assert.Null(check.QuerySelector("#approve-form"));
        var record = check.QuerySelector("#record-approval-form")!;
        Assert.Equal("refuse", record.QuerySelector("input[name='Approval.Decision']")!.GetAttribute("value"));
        Assert.Equal($"/Gifts/Register/View/{id}?{List}&handler=Approve", record.GetAttribute("action"));
        Assert.NotNull(record.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Equal("Awaiting PSD approval", check.QuerySelector("#approval-status")!.TextContent);
        var unchanged = await LoadAsync(factory, id);
        Assert.Equal((ApprovalStatus.AwaitingPsd, version), (unchanged.ApprovalStatus, unchanged.Version));

        var change = await PortalClient.ParseAsync(await psd.PostFormAsync(url, fields, $"/Gifts/Register/View/{id}?handler=ChangeApproval&{List}"));

        Assert.NotNull(change.QuerySelector("#approve-form"));
        Assert.Equal("refuse", change.QuerySelector("input[name='Approval.Decision'][checked]")!.GetAttribute("value"));
        Assert.Equal("Too generous for a supplier", change.QuerySelector("#Approval_Note")!.TextContent.Trim());
        Assert.Equal(version, (await LoadAsync(factory, id)).Version);
    }

    [Fact]
    public async Task Continue_WithARefusalWithoutANote_IsAnsweredBesideTheField_AndShowsNoCheck()
    {
        var (factory, psd, id, version, url) = await AwaitingPsdAsync();
        await using var _ = factory;

        var response = await psd.PostFormAsync(url, new() { ["Approval.Decision"] = "refuse", ["Approval.Note"] = " ", ["Approval.Version"] = $"{version}" },
            $"/Gifts/Register/View/{id}?handler=CheckApproval");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter why the acceptance is refused", page.FieldError("Approval_Note"));
        Assert.Null(page.QuerySelector("#check"));
        Assert.Equal("refuse", page.QuerySelector("input[name='Approval.Decision'][checked]")!.GetAttribute("value"));
        Assert.Equal(ApprovalStatus.AwaitingPsd, (await LoadAsync(factory, id)).ApprovalStatus);
    }

    [Fact]
    public async Task Record_EndsOnAConfirmationThatKeepsTheList_ThatOnlyTheDecisionMakerOpens_AndAReloadRecordsNothing()
    {
        var (factory, psd, id, version, url) = await AwaitingPsdAsync();
        await using var _ = factory;

        var recorded = await psd.PostFormAsync(url, new() { ["Approval.Decision"] = "refuse", ["Approval.Note"] = "Too generous", ["Approval.Version"] = $"{version}" },
            $"/Gifts/Register/View/{id}?handler=Approve&{List}");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var panelUrl = recorded.Headers.Location!.OriginalString;
        Assert.Equal($"/Gifts/Register/Decided/{id}?{List}", panelUrl);
        var saved = await LoadAsync(factory, id);
        Assert.Equal((ApprovalStatus.Refused, "psd.cumbria"), (saved.ApprovalStatus, saved.PsdApprovalDecidedBy));

        var readsBefore = await ReadsAsync(factory, id);
        var panel = await psd.GetPageAsync(panelUrl);
        Assert.Equal("Decision recorded", panel.QuerySelector(".govuk-panel__title")!.TextContent);
        Assert.Equal("Acceptance refused", panel.QuerySelector("#outcome")!.TextContent);
        Assert.Contains("is refused, with your note", panel.QuerySelector("#next")!.TextContent);
        Assert.DoesNotContain("officer.cumbria", panel.QuerySelector("#next")!.TextContent);
        Assert.Null(panel.QuerySelector("main form[method='post']"));
        Assert.Equal($"/Gifts/Register?{List}", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal($"/Gifts/Register/View/{id}?{List}", panel.QuerySelector("#back-to-declaration")!.GetAttribute("href"));
        await psd.GetPageAsync(panelUrl);
        Assert.Equal(saved.Version, (await LoadAsync(factory, id)).Version);

        Assert.Equal(readsBefore + 2, await ReadsAsync(factory, id));

        // Another PSD user of the force, and PSD of another force, did not decide it.
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync(panelUrl)).StatusCode);
        var otherForce = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Equal(HttpStatusCode.NotFound, (await otherForce.GetAsync(panelUrl)).StatusCode);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(panelUrl)).StatusCode);
    }
}
