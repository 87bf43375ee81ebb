using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// The appellate role checks an appeal decision before it is recorded ("Continue", then "Record
/// the appeal decision" or "Change the appeal decision"), and a recorded appeal decision ends on
/// a confirmation that says what happens next. Thames Valley: the head of PSD decides, the DCC
/// hears appeals.
/// </summary>
public class AppealCheckTests
{
    private static async Task<(PortalFactory Factory, PortalClient Dcc, int Id, string Url)> AppealLodgedAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var id = await InterestData.SubmitAsync(officer);
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var assessed = await psd.PostFormAsync($"/BusinessInterests/Psd/Assess/{id}",
            new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        var refused = await head.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}",
            new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = "The hours clash with shifts", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var appealed = await officer.PostFormAsync($"/BusinessInterests/Applications/View/{id}",
            new() { ["Input.Text"] = "The hours are at weekends only", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" },
            $"/BusinessInterests/Applications/View/{id}?handler=Appeal");
        Assert.Equal(HttpStatusCode.Redirect, appealed.StatusCode);
        Assert.Equal(InterestStatus.AppealLodged, (await InterestData.LoadAsync(factory, id)).Status);
        return (factory, await PortalClient.SignInAsync(factory, "dcc.thames-valley"), id, $"/BusinessInterests/Decisions/Appeal/{id}");
    }

    [Fact]
    public async Task Continue_ShowsTheAppealDecisionToCheck_AndRecordsNothing_ThenChangeKeepsWhatWasTyped()
    {
        var (factory, dcc, id, url) = await AppealLodgedAsync();
        await using var _ = factory;
        var before = await InterestData.LoadAsync(factory, id);
        var fields = new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Upheld", ["Input.Reasons"] = "Weekend hours do not clash", ["Input.Conditions"] = "Weekends only", ["Input.Version"] = $"{before.Version}",
        };

        var form = (await dcc.GetPageAsync(url)).QuerySelector("#appeal-form")!;
        Assert.Equal($"{url}?handler=Check", form.GetAttribute("action"));
        var check = await PortalClient.ParseAsync(await dcc.PostFormAsync(url, fields, $"{url}?handler=Check"));

        Assert.Equal("Check your appeal decision", check.QuerySelector("#check-heading")!.TextContent);
        Assert.Equal("Appeal upheld: approved", check.QuerySelector("#check-outcome")!.TextContent);
        Assert.Equal("Weekend hours do not clash", check.QuerySelector("#check-reasons")!.TextContent);
        Assert.Equal("Weekends only", check.QuerySelector("#check-conditions")!.TextContent);
        Assert.Contains("The application is approved with these conditions", check.QuerySelector("#check-next")!.TextContent);
        Assert.Null(check.QuerySelector("#appeal-form"));
        Assert.Equal("Upheld", check.QuerySelector("#record-form input[name='Input.Outcome']")!.GetAttribute("value"));
        Assert.Equal("Weekend hours do not clash", check.QuerySelector("#record-form input[name='Input.Reasons']")!.GetAttribute("value"));
        Assert.Equal("Weekends only", check.QuerySelector("#record-form input[name='Input.Conditions']")!.GetAttribute("value"));
        // The record form posts to the page itself: the form tag helper would have kept handler=Check.
        Assert.Equal(url, check.QuerySelector("#record-form")!.GetAttribute("action"));
        Assert.NotNull(check.QuerySelector("#record-form input[name='__RequestVerificationToken']"));
        Assert.Equal($"{url}?handler=Change", check.QuerySelector("#record-form button[formaction]")!.GetAttribute("formaction"));
        Assert.Equal(InterestStatus.AppealLodged, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Equal(before.Version, await InterestData.VersionAsync(factory, id));

        var change = await PortalClient.ParseAsync(await dcc.PostFormAsync(url, fields, $"{url}?handler=Change"));

        Assert.NotNull(change.QuerySelector("#appeal-form"));
        Assert.Equal("Upheld", change.QuerySelector("input[name='Input.Outcome'][checked]")!.GetAttribute("value"));
        Assert.Equal("Weekend hours do not clash", change.QuerySelector("#Input_Reasons")!.TextContent.Trim());
        Assert.Equal("Weekends only", change.QuerySelector("#Input_Conditions")!.TextContent.Trim());
        Assert.Equal(before.Version, await InterestData.VersionAsync(factory, id));
    }

    [Fact]
    public async Task Continue_WithoutReasons_IsAnsweredBesideTheField_AndShowsNoCheck()
    {
        var (factory, dcc, id, url) = await AppealLodgedAsync();
        await using var _ = factory;
        var before = await InterestData.LoadAsync(factory, id);

        var response = await dcc.PostFormAsync(url, new() { ["Input.Outcome"] = "Dismissed", ["Input.Reasons"] = " ", ["Input.Version"] = $"{before.Version}" },
            $"{url}?handler=Check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter the reasons for the appeal decision", page.FieldError("Input_Reasons"));
        Assert.Null(page.QuerySelector("#check"));
        Assert.Equal("Dismissed", page.QuerySelector("input[name='Input.Outcome'][checked]")!.GetAttribute("value"));
        Assert.Equal(InterestStatus.AppealLodged, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Equal(before.Version, await InterestData.VersionAsync(factory, id));
    }

    [Fact]
    public async Task Record_EndsOnAConfirmationOfWhatHappensNext_ThatOnlyTheAppealDeciderOpens_AndAReloadRecordsNothing()
    {
        var (factory, dcc, id, url) = await AppealLodgedAsync();
        await using var _ = factory;

        var recorded = await dcc.PostFormAsync(url, new()
        {
            ["Input.Outcome"] = "Upheld", ["Input.Reasons"] = "Weekend hours do not clash", ["Input.Conditions"] = "Weekends only",
            ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var panelUrl = recorded.Headers.Location!.ToString();
        Assert.Equal($"/BusinessInterests/Decisions/AppealDecided/{id}", panelUrl);
        var panel = await dcc.GetPageAsync(panelUrl);
        var interest = await InterestData.LoadAsync(factory, id);
        Assert.Equal(InterestStatus.Approved, interest.Status);
        Assert.Equal("Appeal decision recorded", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Contains($"BI-{id:D6}", panel.QuerySelector(".govuk-panel__body")!.TextContent);
        Assert.Equal("Appeal upheld: approved", panel.QuerySelector("#outcome")!.TextContent);
        var next = panel.QuerySelector("#next")!.TextContent;
        Assert.Contains("is told that the appeal is upheld, with your reasons, and can start the work under the conditions of the approval", next);
        Assert.Contains($"PSD review the interest by {UkFormat.Date(interest.ReviewDueOn!.Value)}", next);
        Assert.Equal("/BusinessInterests/Decisions/Appeals", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Null(panel.QuerySelector("main form[method=post]"));
        await dcc.GetPageAsync(panelUrl);
        Assert.Equal(interest.Version, await InterestData.VersionAsync(factory, id));

        // Someone else of the force's decision roles, the appellate role of another force, and a role that decides nothing.
        foreach (var other in new[] { "head-of-psd.thames-valley", "dcc.cumbria" })
        {
            var client = await PortalClient.SignInAsync(factory, other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(panelUrl)).StatusCode);
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(panelUrl)).StatusCode);
    }

    [Fact]
    public async Task Record_OfADismissal_SaysTheRefusalStands()
    {
        var (factory, dcc, id, url) = await AppealLodgedAsync();
        await using var _ = factory;

        var recorded = await dcc.PostFormAsync(url, new()
        {
            ["Input.Outcome"] = "Dismissed", ["Input.Reasons"] = "The original reasons stand", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}",
        });
        var panel = await dcc.GetPageAsync(recorded.Headers.Location!.ToString());

        Assert.Equal(InterestStatus.Refused, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Equal("Appeal dismissed: refusal stands", panel.QuerySelector("#outcome")!.TextContent);
        Assert.Contains("is told that the appeal is dismissed and the refusal stands, with your reasons", panel.QuerySelector("#next")!.TextContent);
        Assert.Contains("There is no further appeal", panel.QuerySelector("#next")!.TextContent);
    }
}
