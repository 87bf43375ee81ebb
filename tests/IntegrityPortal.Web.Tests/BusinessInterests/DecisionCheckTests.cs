using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// The decision maker checks a decision before it is recorded ("Continue", then "Record the
/// decision" or "Change the decision"), and a recorded decision ends on a confirmation that
/// says what happens next. Thames Valley: the head of PSD decides, the DCC hears appeals.
/// </summary>
public class DecisionCheckTests
{
    private static async Task<(PortalFactory Factory, PortalClient Head, int Id, string Url)> AwaitingDecisionAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.thames-valley"));
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var assessed = await psd.PostFormAsync($"/BusinessInterests/Psd/Assess/{id}",
            new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);
        return (factory, await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley"), id, $"/BusinessInterests/Decisions/Decide/{id}");
    }

    [Fact]
    public async Task Continue_ShowsTheDecisionToCheck_AndRecordsNothing_ThenChangeKeepsWhatWasTyped()
    {
        var (factory, head, id, url) = await AwaitingDecisionAsync();
        await using var _ = factory;
        var before = await InterestData.LoadAsync(factory, id);
        var fields = new Dictionary<string, string> { ["Input.Outcome"] = "Refused", ["Input.Text"] = "The hours clash with shifts", ["Input.Version"] = $"{before.Version}" };

        var check = await PortalClient.ParseAsync(await head.PostFormAsync(url, fields, $"{url}?handler=Check"));

        Assert.Equal("Check your decision", check.QuerySelector("#check-heading")!.TextContent);
        Assert.Equal("Refused", check.QuerySelector("#check-outcome")!.TextContent);
        Assert.Equal("The hours clash with shifts", check.QuerySelector("#check-text")!.TextContent);
        Assert.Null(check.QuerySelector("#decide-form"));
        Assert.Equal("Refused", check.QuerySelector("#record-form input[name='Input.Outcome']")!.GetAttribute("value"));
        Assert.Equal(url, check.QuerySelector("#record-form")!.GetAttribute("action"));
        Assert.NotNull(check.QuerySelector("#record-form input[name='__RequestVerificationToken']"));
        Assert.Equal(InterestStatus.AwaitingDecision, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Equal(before.Version, await InterestData.VersionAsync(factory, id));

        var change = await PortalClient.ParseAsync(await head.PostFormAsync(url, fields, $"{url}?handler=Change"));

        Assert.NotNull(change.QuerySelector("#decide-form"));
        Assert.Equal("Refused", change.QuerySelector("input[name='Input.Outcome'][checked]")!.GetAttribute("value"));
        Assert.Equal("The hours clash with shifts", change.QuerySelector("#Input_Text")!.TextContent.Trim());
        Assert.Equal(before.Version, await InterestData.VersionAsync(factory, id));
    }

    [Fact]
    public async Task Continue_WithARefusalWithoutReasons_IsAnsweredBesideTheField_AndShowsNoCheck()
    {
        var (factory, head, id, url) = await AwaitingDecisionAsync();
        await using var _ = factory;

        var response = await head.PostFormAsync(url, new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = " ", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" },
            $"{url}?handler=Check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter the reasons for the refusal", page.FieldError("Input_Text"));
        Assert.Null(page.QuerySelector("#check"));
        Assert.Equal("Refused", page.QuerySelector("input[name='Input.Outcome'][checked]")!.GetAttribute("value"));
        Assert.Equal(InterestStatus.AwaitingDecision, (await InterestData.LoadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task Record_EndsOnAConfirmationOfWhatHappensNext_ThatOnlyTheDecisionMakerOpens_AndAReloadRecordsNothing()
    {
        var (factory, head, id, url) = await AwaitingDecisionAsync();
        await using var _ = factory;

        var recorded = await head.PostFormAsync(url, new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = "The hours clash with shifts", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var panelUrl = recorded.Headers.Location!.ToString();
        Assert.Equal($"/BusinessInterests/Decisions/Decided/{id}", panelUrl);
        var panel = await head.GetPageAsync(panelUrl);
        var interest = await InterestData.LoadAsync(factory, id);
        Assert.Equal(InterestStatus.Refused, interest.Status);
        Assert.Equal("Decision recorded", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("Refused", panel.QuerySelector("#outcome")!.TextContent);
        Assert.Null(panel.QuerySelector("main form[method=post]"));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == interest.ForceId);
            var next = panel.QuerySelector("#next")!.TextContent;
            Assert.Contains($"may appeal until {UkFormat.Date(BusinessInterestRules.AppealDeadline(interest.DecidedOn!.Value, settings.BusinessInterestAppealDays))}", next);
            Assert.Contains("Appeals are decided by: Deputy chief constable", next);
            Assert.Contains("is told of the refusal", next);
        }

        Assert.Equal("/BusinessInterests/Decisions", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        await head.GetPageAsync(panelUrl);
        Assert.Equal(interest.Version, await InterestData.VersionAsync(factory, id));

        // Someone else of the force's decision roles, and a role that decides nothing, are refused.
        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");
        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync(panelUrl)).StatusCode);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(panelUrl)).StatusCode);
    }
}
