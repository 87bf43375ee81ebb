using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Admin;

public class ForceSettingsTests
{
    [Fact]
    public async Task Get_ForceAdministrator_SeesOnlyOwnForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");

        var page = await client.GetPageAsync("/Admin/Forces");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(["Cumbria Constabulary"], rows);
    }

    [Fact]
    public async Task Get_NationalAdministrator_SeesEveryForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");

        var page = await client.GetPageAsync("/Admin/Forces");

        Assert.Equal(6, page.QuerySelectorAll("tbody tr").Length);
    }

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("psd.cumbria")]
    [InlineData("head-of-psd.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("inspector")]
    public async Task Get_WrongRole_ReturnsForbidden(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);
        var cumbria = await factory.ForceIdAsync("cumbria");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/Forces")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/Forces/Settings/{cumbria}")).StatusCode);
    }

    [Fact]
    public async Task Post_AdministratorOfOtherForce_ReturnsNotFoundAndChangesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var thamesValley = await factory.ForceIdAsync("thames-valley");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/Forces/Settings/{thamesValley}")).StatusCode);
        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{thamesValley}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Taken over",
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("Professional Standards Department", (await db.ForceSettings.SingleAsync(s => s.ForceId == thamesValley)).ProfessionalStandardsName);
    }

    [Fact]
    public async Task Post_ValidSettings_SavesAndWritesAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Unit",
            ["Input.IntegrityContactEmail"] = "psu@cumbria.police.example",
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        Assert.Equal("Professional Standards Unit", settings.ProfessionalStandardsName);
        Assert.Equal(1, settings.Version);
        var audit = await db.AuditEvents.Where(e => e.EntityType == "ForceSettings" && e.Action == AuditAction.Changed).SingleAsync();
        Assert.Equal("admin.cumbria", audit.UserName);
        Assert.Equal("admin", audit.Roles);
        Assert.Equal(cumbria, audit.RecordForceId);
        Assert.Contains("Professional Standards Unit", audit.Changes);
        Assert.Contains("Professional Standards Department", audit.Changes);
    }

    [Theory]
    [InlineData("", "x@example.org", "Input_ProfessionalStandardsName", "Enter what the force calls its professional standards department")]
    [InlineData("PSD", "not an email", "Input_IntegrityContactEmail", "Enter an email address in the correct format, like integrity@force.police.uk")]
    public async Task Post_BadInput_ShowsMessageKeepsInputAndWritesNothing(string name, string email, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = name,
            ["Input.IntegrityContactEmail"] = email,
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal(email, page.QuerySelector("#Input_IntegrityContactEmail")!.GetAttribute("value"));
        Assert.StartsWith("Error:", page.Title);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, (await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria)).Version);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EntityType == "ForceSettings" && e.Action == AuditAction.Changed));
    }

    [Fact]
    public async Task Post_StaleVersion_ToldChangedBySomeoneElseAndFirstChangeKept()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var first = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var second = await PortalClient.SignInAsync(factory, "admin");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var url = $"/Admin/Forces/Settings/{cumbria}";

        // Both opened the form at version 0; the first saves, then the second.
        var won = await first.PostFormAsync(url, new() { ["Input.ProfessionalStandardsName"] = "First", ["Input.Version"] = "0" });
        var lost = await second.PostFormAsync(url, new() { ["Input.ProfessionalStandardsName"] = "Second", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, (await PortalClient.ParseAsync(lost)).ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("First", (await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria)).ProfessionalStandardsName);
    }

    [Fact]
    public async Task Get_ShowsRegisterSettingsInPounds()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var page = await client.GetPageAsync($"/Admin/Forces/Settings/{cumbria}");

        Assert.Equal("50", page.QuerySelector("#Input_GiftApprovalThreshold")!.GetAttribute("value"));
        Assert.Equal("28", page.QuerySelector("#Input_GiftDeclarationDeadlineDays")!.GetAttribute("value"));
        Assert.Equal("250", page.QuerySelector("#Input_GiftAnnualValueFlag")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Input_PublishesGiftRegister")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task Post_RegisterSettings_SavedInPenceAndAudited()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
            ["Input.GiftRecordingThreshold"] = "0",
            ["Input.GiftApprovalThreshold"] = "75.50",
            ["Input.GiftDeclarationDeadlineDays"] = "14",
            ["Input.GiftAnnualValueFlag"] = "400",
            ["Input.PublishesGiftRegister"] = "true",
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        Assert.Equal(0, settings.GiftRecordingThresholdPence);
        Assert.Equal(7_550, settings.GiftApprovalThresholdPence);
        Assert.Equal(14, settings.GiftDeclarationDeadlineDays);
        Assert.Equal(40_000, settings.GiftAnnualValueFlagPence);
        Assert.True(settings.PublishesGiftRegister);
        var audit = await db.AuditEvents.Where(e => e.EntityType == "ForceSettings" && e.Action == AuditAction.Changed).SingleAsync();
        Assert.Contains("GiftApprovalThresholdPence", audit.Changes);
    }

    [Theory]
    [InlineData("Input.GiftDeclarationDeadlineDays", "0", "Input_GiftDeclarationDeadlineDays", "The days to declare must be between 1 and 365")]
    [InlineData("Input.GiftDeclarationDeadlineDays", "366", "Input_GiftDeclarationDeadlineDays", "The days to declare must be between 1 and 365")]
    [InlineData("Input.GiftDeclarationDeadlineDays", "", "Input_GiftDeclarationDeadlineDays", "Enter the number of days within which an offer must be declared")]
    [InlineData("Input.GiftApprovalThreshold", "-1", "Input_GiftApprovalThreshold", "The approval value must be £0 or more")]
    [InlineData("Input.GiftApprovalThreshold", "12.345", "Input_GiftApprovalThreshold", "Enter the approval value in pounds and pence, for example 25.50")]
    [InlineData("Input.GiftRecordingThreshold", "lots", "Input_GiftRecordingThreshold", "Enter a valid recording threshold")]
    [InlineData("Input.GiftAnnualValueFlag", "", "Input_GiftAnnualValueFlag", "Enter the annual value flag in pounds, for example 50 or 25.50")]
    public async Task Post_BadRegisterSettings_ShowsMessageAndWritesNothing(string key, string value, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
            ["Input.GiftRecordingThreshold"] = "0",
            ["Input.GiftApprovalThreshold"] = "50",
            ["Input.GiftDeclarationDeadlineDays"] = "28",
            ["Input.GiftAnnualValueFlag"] = "250",
            [key] = value,
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError(field));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, (await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria)).Version);
    }

    [Fact]
    public async Task Post_CrossCheckWindow_SavedAndAudited()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var form = await client.GetPageAsync($"/Admin/Forces/Settings/{cumbria}");
        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
            ["Input.ProcurementWindowMonths"] = "18",
            ["Input.Version"] = "0",
        });

        Assert.Equal("12", form.QuerySelector("#Input_ProcurementWindowMonths")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(18, (await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria)).ProcurementWindowMonths);
        var audit = await db.AuditEvents.Where(e => e.EntityType == "ForceSettings" && e.Action == AuditAction.Changed).SingleAsync();
        Assert.Equal("admin.cumbria", audit.UserName);
        Assert.Contains("ProcurementWindowMonths", audit.Changes);
    }

    [Theory]
    [InlineData("0", "The cross-check window must be between 1 and 36 months")]
    [InlineData("37", "The cross-check window must be between 1 and 36 months")]
    [InlineData("", "Enter the cross-check window in months, a whole number from 1 to 36")]
    [InlineData("a year", "Enter a valid cross-check window")]
    public async Task Post_BadCrossCheckWindow_AnsweredBesideTheField_KeepsInput_WritesNothing(string value, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
            ["Input.ProcurementWindowMonths"] = value,
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError("Input_ProcurementWindowMonths"));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal(value, page.QuerySelector("#Input_ProcurementWindowMonths")!.GetAttribute("value") ?? "");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        Assert.Equal(0, settings.Version);
        Assert.Equal(12, settings.ProcurementWindowMonths);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EntityType == "ForceSettings" && e.Action == AuditAction.Changed));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostWithoutTokenAsync($"/Admin/Forces/Settings/{cumbria}", new() { ["Input.ProfessionalStandardsName"] = "X", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Every field of the settings form as the browser would post it: text, hidden fields and the chosen radios.</summary>
    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("form[method=post] input")
            .Where(i => i.GetAttribute("name") is not null and not "__RequestVerificationToken")
            .Where(i => i.GetAttribute("type") != "radio" || i.HasAttribute("checked"))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? string.Empty);

    public static TheoryData<string, string, string> YesNoQuestions => new()
    {
        { "RequireTwoFactor", "Must PSD, head of PSD, DCC, PCC and administrators sign in with an authenticator app?", "Select yes if PSD, head of PSD, DCC, PCC and administrators must sign in with an authenticator app" },
        { "PublishesGiftRegister", "Is the register published on the public page?", "Select yes if the register is published on the public page" },
        { "MediaAdvanceNoticeRequired", "Must pre-arranged contact and visits to media establishments be logged in advance?", "Select yes if pre-arranged contact and visits to media establishments must be logged in advance" },
        { "InterestLineManagerStep", "Does the applicant's line manager give a view before PSD assesses?", "Select yes if the applicant's line manager gives a view before PSD assesses" },
        { "InterestDecisionReadOnlyView", "May those who decide applications and appeals also read the force's other applications?", "Select yes if those who decide applications and appeals may also read the force's other applications" },
        { "PolicyConfirmationBeforeActing", "Must those who review or decide a register's records first confirm the current version of its policy?", "Select yes if those who review or decide a register's records must first confirm the current version of its policy" },
        { "PolicyEmailReminders", "Are people emailed when they have a policy to read, and again with their line manager when the read-by date passes?", "Select yes if people are emailed when they have a policy to read" },
    };

    [Theory]
    [MemberData(nameof(YesNoQuestions))]
    public async Task Get_EachSwitch_IsAYesNoQuestion_WithTheStoredAnswerChosen(string field, string question, string _)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var page = await client.GetPageAsync($"/Admin/Forces/Settings/{cumbria}");

        Assert.Empty(page.QuerySelectorAll("input[type=checkbox]"));
        var radios = page.QuerySelectorAll($"input[type=radio][name='Input.{field}']");
        Assert.Equal(["true", "false"], radios.Select(r => r.GetAttribute("value")));
        Assert.Equal(["Yes", "No"], radios.Select(r => page.QuerySelector($"label[for='{r.Id}']")!.TextContent.Trim()));
        Assert.Single(radios, r => r.HasAttribute("checked"));
        var fieldset = radios[0].Closest("fieldset")!;
        Assert.Equal(question, fieldset.QuerySelector("legend")!.TextContent.Trim());
        Assert.NotNull(radios[0].Closest(".govuk-radios--inline"));
    }

    [Theory]
    [MemberData(nameof(YesNoQuestions))]
    public async Task Post_AQuestionLeftUnanswered_ErrorBesideIt_KeepsTheOtherAnswers_WritesNothing(string field, string _, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var url = $"/Admin/Forces/Settings/{cumbria}";
        var form = FormOf(await client.GetPageAsync(url));
        Assert.Equal("true", form[SettingsMarker]);
        form.Remove($"Input.{field}");
        var other = field == "RequireTwoFactor" ? "PublishesGiftRegister" : "RequireTwoFactor";
        var otherAnswer = form[$"Input.{other}"] == "true" ? "false" : "true";
        form[$"Input.{other}"] = otherAnswer;

        var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError($"Input_{field}"));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Empty(page.QuerySelectorAll($"input[name='Input.{field}'][checked]"));
        Assert.Equal(otherAnswer, page.QuerySelector($"input[name='Input.{other}'][checked]")!.GetAttribute("value"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, (await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria)).Version);
    }

    [Fact]
    public async Task Post_YesNoAnswers_AreSaved()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var url = $"/Admin/Forces/Settings/{cumbria}";
        var form = FormOf(await client.GetPageAsync(url));
        Assert.Equal("false", form["Input.PublishesGiftRegister"]);
        form["Input.PublishesGiftRegister"] = "true";
        form["Input.PolicyEmailReminders"] = "false";

        var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var saved = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        Assert.Equal((true, false), (saved.PublishesGiftRegister, saved.PolicyEmailReminders));
        var page = await client.GetPageAsync(url);
        Assert.Equal("true", page.QuerySelector("input[name='Input.PublishesGiftRegister'][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_FormWithoutTheQuestions_KeepsTheStoredAnswers()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.thames-valley");
        var forceId = await factory.ForceIdAsync("thames-valley");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var before = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == forceId);

        var response = await client.PostFormAsync($"/Admin/Forces/Settings/{forceId}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Unit",
            ["Input.Version"] = before.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == forceId);
        Assert.Equal("Professional Standards Unit", after.ProfessionalStandardsName);
        Assert.True(after.PublishesGiftRegister);
        Assert.Equal(
            (before.RequireTwoFactor, before.PublishesGiftRegister, before.MediaAdvanceNoticeRequired, before.BusinessInterestLineManagerStep,
                before.BusinessInterestDecisionReadOnlyView, before.PolicyConfirmationBeforeActing, before.PolicyEmailReminders),
            (after.RequireTwoFactor, after.PublishesGiftRegister, after.MediaAdvanceNoticeRequired, after.BusinessInterestLineManagerStep,
                after.BusinessInterestDecisionReadOnlyView, after.PolicyConfirmationBeforeActing, after.PolicyEmailReminders));
    }

    private const string SettingsMarker = IntegrityPortal.Web.Pages.Admin.Forces.SettingsModel.AsksYesNoQuestions;
}
