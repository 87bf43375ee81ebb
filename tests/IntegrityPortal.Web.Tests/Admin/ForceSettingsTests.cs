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
}
