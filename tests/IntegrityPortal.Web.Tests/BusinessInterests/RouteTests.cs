using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>The whole route through the pages, in the two shapes the demo forces have.</summary>
public class RouteTests
{
    private static async Task PostAsync(PortalClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}: {(await PortalClient.ParseAsync(response)).ErrorSummary().FirstOrDefault()}");
    }

    [Fact]
    public async Task Warwickshire_LineManager_Psd_DeputyChiefConstableRefuses_HeadOfPsdUpholdsTheAppeal()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.warwickshire");
        var id = await InterestData.SubmitAsync(officer, "Sector=Security", "HoursPerWeek=12");
        Assert.Equal(InterestStatus.AwaitingLineManager, (await InterestData.LoadAsync(factory, id)).Status);

        var manager = await PortalClient.SignInAsync(factory, "manager.warwickshire");
        Assert.Contains("Business interest applications from your team awaiting your view (1)", (await manager.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);
        Assert.Contains($"BI-{id:D6}", (await manager.GetPageAsync("/BusinessInterests/Team")).QuerySelector("#awaiting")!.TextContent);
        await PostAsync(manager, $"/BusinessInterests/Team/View/{id}", new() { ["Input.View"] = "support", ["Input.Comments"] = "Good attendance", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var assess = await psd.GetPageAsync($"/BusinessInterests/Psd/Assess/{id}");
        var flags = assess.QuerySelector("#pre-flags")!.TextContent;
        Assert.Contains("Combined weekly hours above 48", flags);
        Assert.Contains("Private investigation, security", flags);
        await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "High", ["Input.Reasons"] = "Door work in the force area", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        // The head of PSD does not decide in Warwickshire: nothing awaits them, and the decision
        // page does not show them the application (it is not their work).
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.warwickshire");
        Assert.NotNull((await head.GetPageAsync("/BusinessInterests/Decisions")).QuerySelector("#none-awaiting"));
        var refused = await head.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        var dcc = await PortalClient.SignInAsync(factory, "dcc.warwickshire");
        Assert.Contains($"BI-{id:D6}", (await dcc.GetPageAsync("/BusinessInterests/Decisions")).QuerySelector("#awaiting")!.TextContent);
        await PostAsync(dcc, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = "Door work conflicts with licensing duties", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var view = await officer.GetPageAsync($"/BusinessInterests/Applications/View/{id}");
        Assert.Contains("Refused", view.QuerySelector("#decision")!.TextContent);
        Assert.Contains("Door work conflicts with licensing duties", view.QuerySelector("#steps")!.TextContent);
        await PostAsync(officer, $"/BusinessInterests/Applications/View/{id}?handler=Appeal", new() { ["Input.Text"] = "I will work outside the force area", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        Assert.NotNull((await dcc.GetPageAsync("/BusinessInterests/Decisions/Appeals")).QuerySelector("#none-awaiting"));
        Assert.Contains($"BI-{id:D6}", (await head.GetPageAsync("/BusinessInterests/Decisions/Appeals")).QuerySelector("#awaiting")!.TextContent);
        await PostAsync(head, $"/BusinessInterests/Decisions/Appeal/{id}", new()
        {
            ["Input.Outcome"] = "Upheld", ["Input.Reasons"] = "Outside the force area the risk is low", ["Input.Conditions"] = "No work inside the force area",
            ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}",
        });

        var done = await InterestData.LoadAsync(factory, id);
        Assert.Equal(InterestStatus.Approved, done.Status);
        Assert.Equal("No work inside the force area", done.Conditions);
        Assert.Equal(
            [StepKind.Created, StepKind.Submitted, StepKind.LineManagerSupported, StepKind.Assessed, StepKind.Decided, StepKind.AppealLodged, StepKind.AppealDecided],
            done.Steps.OrderBy(s => s.Id).Select(s => s.Kind));
        var final = await officer.GetPageAsync($"/BusinessInterests/Applications/View/{id}");
        Assert.Contains("Appeal upheld", final.QuerySelector("#appeal")!.TextContent);

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(BusinessInterest) && e.EntityId == id.ToString() && e.Action == AuditAction.Read && e.UserName == "dcc.warwickshire"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(BusinessInterest) && e.EntityId == id.ToString() && e.Action == AuditAction.Transition && e.UserName == "head-of-psd.warwickshire"));
    }

    [Fact]
    public async Task ThamesValley_NoLineManagerStep_HeadOfPsdApprovesWithConditions_OfficerSeesIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var id = await InterestData.SubmitAsync(officer);
        Assert.Equal(InterestStatus.AwaitingAssessment, (await InterestData.LoadAsync(factory, id)).Status);
        var manager = await PortalClient.SignInAsync(factory, "manager.thames-valley");
        Assert.NotNull((await manager.GetPageAsync("/BusinessInterests/Team")).QuerySelector("#none-awaiting"));

        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Contains("Business interest applications awaiting PSD assessment (1)", (await psd.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);
        await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Medium", ["Input.Checks"] = "ReputationalRisk", ["Input.Reasons"] = "Public-facing", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");
        Assert.NotNull((await dcc.GetPageAsync("/BusinessInterests/Decisions")).QuerySelector("#none-awaiting"));
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        Assert.Contains("Business interest applications awaiting your decision (1)", (await head.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);
        await PostAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "ApprovedWithConditions", ["Input.Text"] = "Not in uniform", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var saved = await InterestData.LoadAsync(factory, id);
        Assert.Equal(InterestStatus.Approved, saved.Status);
        Assert.Equal(DecisionOutcome.ApprovedWithConditions, saved.DecisionOutcome);
        Assert.Equal(RiskRating.Medium, saved.RiskRating);
        Assert.Equal(AssessmentChecks.ReputationalRisk, saved.AssessmentChecks);
        Assert.Equal(saved.DecidedOn!.Value.AddMonths(12), saved.ReviewDueOn);
        var view = await officer.GetPageAsync($"/BusinessInterests/Applications/View/{id}");
        Assert.Contains("Approved with conditions", view.QuerySelector("#decision")!.TextContent);
        Assert.Equal("Not in uniform", view.QuerySelector("#conditions")!.TextContent.Trim());
        Assert.Contains("Decisions on your business interest applications in the last 14 days (1)", (await officer.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);
    }

    [Fact]
    public async Task Applicant_SavesADraft_ChangesIt_ThenWithdrawsIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var response = await officer.PostFormAsync("/BusinessInterests/Applications/Edit", InterestData.Form());
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(InterestStatus.Draft, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Contains("Your business interest applications saved as drafts", (await officer.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);

        var edit = await officer.PostFormAsync($"/BusinessInterests/Applications/Edit/{id}", InterestData.Form("HoursPerWeek=9", $"Version={await InterestData.VersionAsync(factory, id)}"));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(9, (await InterestData.LoadAsync(factory, id)).HoursPerWeek);
        Assert.Equal(2, (await InterestData.LoadAsync(factory, id)).Versions.Count);

        // Nobody else may open the draft.
        var staff = await PortalClient.SignInAsync(factory, "staff.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/BusinessInterests/Applications/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/BusinessInterests/Applications/View/{id}")).StatusCode);

        await PostAsync(officer, $"/BusinessInterests/Applications/View/{id}?handler=Withdraw", new() { ["Input.Text"] = "Not needed", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(InterestStatus.Withdrawn, (await InterestData.LoadAsync(factory, id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/BusinessInterests/Applications/Edit/{id}")).StatusCode);
    }

    [Fact]
    public async Task TwoDecisionMakersAtOnce_OneSucceeds_TheOtherIsTold()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.thames-valley"));
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        var first = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        var second = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        var version = $"{await InterestData.VersionAsync(factory, id)}";
        await first.GetPageAsync($"/BusinessInterests/Decisions/Decide/{id}");
        await second.GetPageAsync($"/BusinessInterests/Decisions/Decide/{id}");

        var won = await first.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = version });
        var lost = await second.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = "No", ["Input.Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        // The application no longer awaits the second decision maker, so they are not shown it
        // again: they are taken back to their list and told their decision was not saved.
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        Assert.Contains("changed by someone else", (await second.GetPageAsync("/BusinessInterests/Decisions")).QuerySelector("#notice")!.TextContent);
        var saved = await InterestData.LoadAsync(factory, id);
        Assert.Equal(DecisionOutcome.Approved, saved.DecisionOutcome);
        Assert.Single(saved.Steps, s => s.Kind == StepKind.Decided);
    }

    [Fact]
    public async Task Review_DueAfterAYear_HolderConfirms_PsdContinues()
    {
        var clock = new ShiftedClock();
        await using var factory = new PortalFactory(await TestDatabase.CreateCopyAsync(withGifts: false), clock);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var id = await InterestData.SubmitAsync(officer);
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        await PostAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.DoesNotContain($"BI-{id:D6}", (await psd.GetPageAsync("/BusinessInterests/Psd/Reviews")).QuerySelector("#reviews")!.TextContent);

        clock.Shift = TimeSpan.FromDays(366);
        officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Contains($"BI-{id:D6}", (await psd.GetPageAsync("/BusinessInterests/Psd/Reviews?OverdueOnly=true")).QuerySelector("#reviews")!.TextContent);
        Assert.Contains("Your business interests due for review", (await officer.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);
        await PostAsync(officer, $"/BusinessInterests/Applications/Confirm/{id}", InterestData.Form("WhenHoursFall=Saturday mornings", $"Version={await InterestData.VersionAsync(factory, id)}"));
        await PostAsync(psd, $"/BusinessInterests/Psd/Review/{id}", new() { ["Input.Outcome"] = "Continue", ["Input.Notes"] = "Still suitable", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var reviewed = await InterestData.LoadAsync(factory, id);
        Assert.Equal(2, reviewed.Versions.Count);
        Assert.Equal("Saturday mornings", reviewed.WhenHoursFall);
        Assert.Equal(reviewed.LastReviewedOn!.Value.AddMonths(12), reviewed.ReviewDueOn);
        Assert.DoesNotContain($"BI-{id:D6}", (await psd.GetPageAsync("/BusinessInterests/Psd/Reviews")).QuerySelector("#reviews")!.TextContent);
    }

    [Fact]
    public async Task HolderChangesApprovedDetails_TheInterestIsDueForReviewAtOnce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var id = await InterestData.SubmitAsync(officer);
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        await PostAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        await PostAsync(officer, $"/BusinessInterests/Applications/Confirm/{id}", InterestData.Form("HoursPerWeek=30", $"Version={await InterestData.VersionAsync(factory, id)}"));

        var changed = await InterestData.LoadAsync(factory, id);
        Assert.Equal(changed.HolderConfirmedOn, changed.ReviewDueOn);
        Assert.Contains($"BI-{id:D6}", (await psd.GetPageAsync("/BusinessInterests/Psd/Reviews")).QuerySelector("#reviews")!.TextContent);
    }

    [Fact]
    public async Task FiguresPage_ShowsTheSourceDocumentsNumbers_ForTheirPeriod()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var page = await psd.GetPageAsync("/BusinessInterests/Psd/Figures?From=2011-09-01&To=2012-05-31");
        var cells = page.QuerySelectorAll("#figures tbody tr").Single().QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("129", cells[0]);
        Assert.Equal("128", cells[1]);
        Assert.Equal("1", cells[3]);

        var refusals = await psd.GetPageAsync("/BusinessInterests/Psd/Refusals?From=2011-09-01&To=2012-12-31");
        Assert.Equal(1, refusals.QuerySelectorAll("#refusals tbody tr").Length);
    }
}
