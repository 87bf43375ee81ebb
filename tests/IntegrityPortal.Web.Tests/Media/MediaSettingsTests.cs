using System.Net;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>The media department's name and the advance-notice rule on the force settings page.</summary>
public class MediaSettingsTests
{
    private static Dictionary<string, string> Form(string name, string advanceNotice) => new()
    {
        ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
        ["Input.GiftRecordingThreshold"] = "0",
        ["Input.GiftApprovalThreshold"] = "50",
        ["Input.GiftDeclarationDeadlineDays"] = "28",
        ["Input.GiftAnnualValueFlag"] = "250",
        ["Input.MediaDepartmentName"] = name,
        ["Input.MediaAdvanceNoticeRequired"] = advanceNotice,
        ["Input.Version"] = "0",
    };

    [Fact]
    public async Task SettingsPage_ShowsAndSavesTheMediaSettings_AndTheLogFormFollowsThem()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.dyfed-powys");
        var dyfed = await factory.ForceIdAsync("dyfed-powys");
        var url = $"/Admin/Forces/Settings/{dyfed}";
        var before = await admin.GetPageAsync(url);
        Assert.Equal("Press Office", before.QuerySelector("#Input_MediaDepartmentName")!.GetAttribute("value"));
        Assert.False(before.QuerySelector("#Input_MediaAdvanceNoticeRequired")!.HasAttribute("checked"));

        var response = await admin.PostFormAsync(url, Form("  Corporate Communications  ", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == dyfed);
            Assert.Equal("Corporate Communications", settings.MediaDepartmentName);
            Assert.True(settings.MediaAdvanceNoticeRequired);
        }

        var log = await (await PortalClient.SignInAsync(factory, "officer.dyfed-powys")).GetPageAsync("/Media/Contacts/Log");
        Assert.Equal("Your force's Corporate Communications is told of every contact you log.", log.QuerySelector("#department-told")!.TextContent.Trim());
        Assert.NotNull(log.QuerySelector("#advance-notice"));
    }

    [Theory]
    [InlineData("", "Enter the name of the department told of contact with the media")]
    [InlineData("   ", "Enter the name of the department told of contact with the media")]
    [InlineData("A department whose name goes on and on and on and on and on and on and on and on and on and on and on", "The department's name must be 100 characters or fewer")]
    public async Task BadDepartmentName_IsExplainedBesideTheField_AndNothingIsSaved(string name, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await admin.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", Form(name, "false"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError("Input_MediaDepartmentName"));
        Assert.Contains(message, page.ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        Assert.Equal(0, settings.Version);
        Assert.True(settings.MediaAdvanceNoticeRequired);
    }
}
