using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.BusinessInterests;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// An application ends in Check your answers and a confirmation: it stays a draft until it is
/// submitted from Check your answers, submitting twice submits once, and nobody else opens either page.
/// </summary>
public class CheckAnswersTests
{
    [Fact]
    public async Task CheckYourAnswers_ShowsTheDraft_WhichStaysADraftUntilSubmitted()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var check = await InterestData.CheckUrlAsync(officer, "HoursPerWeek=7.5", "WhenHoursFall=Saturday mornings");
        var id = int.Parse(check[(check.LastIndexOf('/') + 1)..]);

        var page = await officer.GetPageAsync(check);
        var answers = page.QuerySelector("#answers")!.TextContent;
        foreach (var expected in new[] { "Fit4Life Test Gym", "Personal trainer two evenings a week", "7.5", "Saturday mornings", "10 January 2027" })
        {
            Assert.Contains(expected, answers);
        }

        Assert.Equal(InterestStatus.Draft, (await InterestData.LoadAsync(factory, id)).Status);
        var change = page.QuerySelectorAll("#answers a").First(a => a.TextContent.Contains("hours per week", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal($"/BusinessInterests/Applications/Edit/{id}#Input_HoursPerWeek", change);

        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(id, InterestData.SubmittedId(await officer.PostFormAsync(check, new() { ["Version"] = version })));
        var submitted = await officer.GetPageAsync($"/BusinessInterests/Applications/Submitted/{id}");
        Assert.Equal("Application submitted", submitted.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Contains("Your line manager gives their view on it first", submitted.QuerySelector("#next")!.TextContent);
        var after = await InterestData.LoadAsync(factory, id);
        Assert.Equal(InterestStatus.AwaitingLineManager, after.Status);
    }

    [Fact]
    public async Task SubmittingTwice_SubmitsOnce_AndShowsTheConfirmation()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await InterestData.CheckUrlAsync(officer);
        var page = await officer.GetPageAsync(check);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };

        var first = await officer.Http.PostAsync(check, new FormUrlEncodedContent(fields));
        var second = await officer.Http.PostAsync(check, new FormUrlEncodedContent(fields));

        Assert.Equal(InterestData.SubmittedId(first), InterestData.SubmittedId(second));
        var interest = await InterestData.LoadAsync(factory, InterestData.SubmittedId(first));
        Assert.Single(interest.Steps, s => s.Kind == StepKind.Submitted);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.BusinessInterests.CountAsync(b => b.ApplicantId == interest.ApplicantId));
    }

    [Fact]
    public async Task UnansweredYesNoQuestions_AreAskedAgain_AndNothingIsSaved()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var form = InterestData.Form();
        form.Remove("Input.InsideForceArea");
        form.Remove("Input.UsesPoliceSkills");
        form.Remove("Input.OrganisationSuppliesForce");

        var response = await officer.PostFormAsync("/BusinessInterests/Applications/Edit", form, "/BusinessInterests/Applications/Edit?handler=Submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(InterestInputValidator.InsideForceAreaUnanswered, page.FieldError("Input_InsideForceArea"));
        Assert.Equal(InterestInputValidator.UsesPoliceSkillsUnanswered, page.FieldError("Input_UsesPoliceSkills"));
        Assert.Equal(InterestInputValidator.SuppliesForceUnanswered, page.FieldError("Input_OrganisationSuppliesForce"));
        Assert.Contains(InterestInputValidator.InsideForceAreaUnanswered, page.ErrorSummary());
        Assert.Empty(page.QuerySelectorAll("input[name='Input.InsideForceArea'][checked]"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, await db.BusinessInterests.CountAsync());
    }

    [Theory]
    [InlineData("staff.cumbria")]
    [InlineData("officer.thames-valley")]
    public async Task SomeoneElsesCheckAndConfirmation_AreNotFound(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await InterestData.CheckUrlAsync(officer);
        var draft = int.Parse(check[(check.LastIndexOf('/') + 1)..]);
        var submitted = await InterestData.SubmitAsync(officer, "OrganisationName=Another Gym");
        var other = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(check)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(check, new() { ["Version"] = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/BusinessInterests/Applications/Submitted/{submitted}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/BusinessInterests/Applications/Submitted/{draft}")).StatusCode);
        Assert.Equal(InterestStatus.Draft, (await InterestData.LoadAsync(factory, draft)).Status);
    }

    [Fact]
    public async Task Pcc_IsRefusedCheckAndConfirmation()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/BusinessInterests/Applications/Check/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.PostFormAsync("/BusinessInterests/Applications/Check/1", new() { ["Version"] = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/BusinessInterests/Applications/Submitted/1")).StatusCode);
    }
}
