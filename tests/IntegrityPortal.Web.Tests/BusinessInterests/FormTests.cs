using System.Net;
using AngleSharp.Html.Dom;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>Bad input on every business-interest form: the message beside the field and in the summary, and nothing written.</summary>
public class FormTests
{
    private static async Task<IHtmlDocument> RejectedAsync(PortalClient client, string url, Dictionary<string, string> fields, string? postUrl = null)
    {
        var response = await client.PostFormAsync(url, fields, postUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    private static void Shows(IHtmlDocument page, string fieldId, string message)
    {
        Assert.Equal(message, page.FieldError(fieldId));
        Assert.Contains(message, page.ErrorSummary());
    }

    /// <summary>Thames Valley (no line-manager step): submitted by the officer, then as far as the stage asks.</summary>
    private static async Task<int> ThamesValleyAsync(PortalFactory factory, InterestStatus stage)
    {
        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.thames-valley"));
        if (stage == InterestStatus.AwaitingAssessment)
        {
            return id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        await psd.PostFormAsync($"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        if (stage == InterestStatus.AwaitingDecision)
        {
            return id;
        }

        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        var refuse = stage is InterestStatus.Refused or InterestStatus.AppealLodged;
        await head.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}", new()
        {
            ["Input.Outcome"] = refuse ? "Refused" : "Approved", ["Input.Text"] = refuse ? "No" : "", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}",
        });
        if (stage == InterestStatus.AppealLodged)
        {
            var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
            await officer.PostFormAsync($"/BusinessInterests/Applications/View/{id}?handler=Appeal", new() { ["Input.Text"] = "Please", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        }

        Assert.Equal(stage, (await InterestData.LoadAsync(factory, id)).Status);
        return id;
    }

    private static async Task AssertUnchangedAsync(PortalFactory factory, int id, BusinessInterest before)
    {
        var after = await InterestData.LoadAsync(factory, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Steps.Count, after.Steps.Count);
        Assert.Equal(before.Status, after.Status);
    }

    [Fact]
    public async Task Application_EmptyOrWrong_ShowsEachMessage_KeepsTheInput_WritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var empty = await RejectedAsync(officer, "/BusinessInterests/Applications/Edit", new() { ["Input.Version"] = "0", ["Input.ContractedHoursPerWeek"] = "" },
            "/BusinessInterests/Applications/Edit?handler=Submit");
        Shows(empty, "Input_Kind", "Select the kind of interest");
        Shows(empty, "Input_OrganisationName", "Enter the name of the organisation or business");
        Shows(empty, "Input_Sector", "Select the line of work");
        Shows(empty, "Input_Work", "Describe the work or interest");
        Shows(empty, "Input_HoursPerWeek", "Enter the hours per week, or 0 if there are none");
        Shows(empty, "Input_WhenHoursFall", "Say when the hours fall, like weekends or two evenings a week");
        Shows(empty, "Input_ContractedHoursPerWeek", "Enter your police job's hours per week as a number from 0 to 168, like 40");
        Shows(empty, "Input_PayBand", "Select the pay band");
        Shows(empty, "Input_StartDate", "Enter the start date");

        var wrong = await RejectedAsync(officer, "/BusinessInterests/Applications/Edit",
            InterestData.Form("HoursPerWeek=lots", "StartDate=2027-02-30", "Kind=Smuggling", "Work=" + new string('x', 2001)));
        Shows(wrong, "Input_HoursPerWeek", "Enter the hours per week as a number from 0 to 168, like 8 or 7.5");
        Shows(wrong, "Input_StartDate", "The start date must be a real date");
        Shows(wrong, "Input_Kind", "Select the kind of interest");
        Shows(wrong, "Input_Work", "The description must be 2000 characters or fewer");
        Assert.Equal("lots", wrong.QuerySelector("#Input_HoursPerWeek")!.GetAttribute("value"));
        Assert.Equal("Fit4Life Test Gym", wrong.QuerySelector("#Input_OrganisationName")!.GetAttribute("value"));

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, await db.BusinessInterests.CountAsync());
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Fit4Life Test Gym"));
    }

    [Fact]
    public async Task LineManagerView_WithoutChoiceOrComments_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var before = await InterestData.LoadAsync(factory, id);
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");

        var page = await RejectedAsync(manager, $"/BusinessInterests/Team/View/{id}", new() { ["Input.View"] = "maybe", ["Input.Version"] = $"{before.Version}" });

        Shows(page, "Input_View", "Select whether you support the application");
        Shows(page, "Input_Comments", "Enter your comments for PSD");
        await AssertUnchangedAsync(factory, id, before);
    }

    [Fact]
    public async Task Assessment_WithoutRatingOrReasons_OrAFakeChecklistItem_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await ThamesValleyAsync(factory, InterestStatus.AwaitingAssessment);
        var before = await InterestData.LoadAsync(factory, id);
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");

        var page = await RejectedAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Extreme", ["Input.Checks"] = "Astrology", ["Input.Version"] = $"{before.Version}" });

        Shows(page, "Input_Rating", "Select the risk rating: low, medium or high");
        Shows(page, "Input_Checks", "Choose items from the checklist");
        Shows(page, "Input_Reasons", "Enter the reasons for the rating");
        await AssertUnchangedAsync(factory, id, before);
    }

    [Fact]
    public async Task Decision_WithConditionsButNoneWritten_OrRefusalWithoutReasons_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await ThamesValleyAsync(factory, InterestStatus.AwaitingDecision);
        var before = await InterestData.LoadAsync(factory, id);
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");

        Shows(await RejectedAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "ApprovedWithConditions", ["Input.Version"] = $"{before.Version}" }),
            "Input_Text", "Enter the conditions of the approval");
        Shows(await RejectedAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = " ", ["Input.Version"] = $"{before.Version}" }),
            "Input_Text", "Enter the reasons for the refusal");
        Shows(await RejectedAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Version"] = $"{before.Version}" }),
            "Input_Outcome", "Select approved, approved with conditions or refused");
        await AssertUnchangedAsync(factory, id, before);
    }

    [Fact]
    public async Task AppealForms_WithoutGroundsOrReasons_AreRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var refused = await ThamesValleyAsync(factory, InterestStatus.Refused);
        var before = await InterestData.LoadAsync(factory, refused);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        Shows(await RejectedAsync(officer, $"/BusinessInterests/Applications/View/{refused}", new() { ["Input.Text"] = "", ["Input.Version"] = $"{before.Version}" },
            $"/BusinessInterests/Applications/View/{refused}?handler=Appeal"), "Input_Text", "Enter the grounds of your appeal");
        await AssertUnchangedAsync(factory, refused, before);

        var appealed = await ThamesValleyAsync(factory, InterestStatus.AppealLodged);
        var lodged = await InterestData.LoadAsync(factory, appealed);
        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");
        var page = await RejectedAsync(dcc, $"/BusinessInterests/Decisions/Appeal/{appealed}", new() { ["Input.Outcome"] = "Maybe", ["Input.Version"] = $"{lodged.Version}" });
        Shows(page, "Input_Outcome", "Select whether the appeal is upheld or dismissed");
        Shows(page, "Input_Reasons", "Enter the reasons for the appeal decision");
        await AssertUnchangedAsync(factory, appealed, lodged);
    }

    [Fact]
    public async Task HeldInterestForms_EndInTheFuture_ConfirmWithoutWork_ReviewWithoutConditions_AreRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await ThamesValleyAsync(factory, InterestStatus.Approved);
        var before = await InterestData.LoadAsync(factory, id);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");

        Shows(await RejectedAsync(officer, $"/BusinessInterests/Applications/View/{id}", new() { ["Input.EndedOn"] = "2090-01-01", ["Input.Version"] = $"{before.Version}" },
            $"/BusinessInterests/Applications/View/{id}?handler=End"), "Input_EndedOn", "The date it ended must be today or in the past");
        Shows(await RejectedAsync(officer, $"/BusinessInterests/Applications/Confirm/{id}", InterestData.Form("Work=", $"Version={before.Version}")),
            "Input_Work", "Describe the work or interest");
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var review = await RejectedAsync(psd, $"/BusinessInterests/Psd/Review/{id}", new() { ["Input.Outcome"] = "ChangeConditions", ["Input.Version"] = $"{before.Version}" });
        Shows(review, "Input_Notes", "Enter a note of the review");
        Shows(review, "Input_Conditions", "Enter the new conditions");
        await AssertUnchangedAsync(factory, id, before);
    }

    [Fact]
    public async Task Periods_InTheWrongOrder_OrNotDates_AreRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var refusals = await psd.GetPageAsync("/BusinessInterests/Psd/Refusals?From=2012-05-31&To=2011-09-01");
        Shows(refusals, "To", "The last day must be the same as or after the first day");
        Assert.Null(refusals.QuerySelector("#refusals"));
        var figures = await psd.GetPageAsync("/BusinessInterests/Psd/Figures?From=yesterday&To=2012-05-31");
        Assert.NotNull(figures.FieldError("From"));
        Assert.Null(figures.QuerySelector("#figures"));
        var queue = await psd.GetPageAsync("/BusinessInterests/Psd?ForceId=999");
        Shows(queue, "ForceId", "Choose a force from the list");
    }

    [Fact]
    public async Task ForceSettings_AppealsDecidedByTheDecisionMakersRole_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var form = new Dictionary<string, string>
        {
            ["Input.ProfessionalStandardsName"] = "PSD", ["Input.GiftRecordingThreshold"] = "0", ["Input.GiftApprovalThreshold"] = "50",
            ["Input.GiftDeclarationDeadlineDays"] = "28", ["Input.GiftAnnualValueFlag"] = "250",
            ["Input.InterestDecisionMakerRole"] = "dcc", ["Input.InterestAppellateRole"] = "dcc", ["Input.InterestAppealDays"] = "0", ["Input.InterestReviewMonths"] = "12",
            ["Input.InterestLineManagerStep"] = "false", ["Input.Version"] = "0",
        };

        var page = await RejectedAsync(admin, $"/Admin/Forces/Settings/{cumbria}", form);
        Shows(page, "Input_InterestAppellateRole", "Appeals must be decided by a different role from the one that decides applications");
        Shows(page, "Input_InterestAppealDays", "The days to appeal must be between 1 and 365");

        form["Input.InterestAppellateRole"] = "head-of-psd";
        form["Input.InterestAppealDays"] = "14";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", form)).StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        Assert.False(settings.BusinessInterestLineManagerStep);
        Assert.Equal("dcc", settings.BusinessInterestDecisionMakerRole);
        Assert.Equal(14, settings.BusinessInterestAppealDays);
    }
}
