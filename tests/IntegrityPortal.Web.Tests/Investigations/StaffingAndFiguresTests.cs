using System.Net;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

public class StaffingAndFiguresTests
{
    [Fact]
    public async Task Staffing_BadInput_ShowsMessagesBesideTheFields_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var bad = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Staffing", new()
            { ["Input.AsOn"] = "2099-01-01", ["Input.Posts"] = "six", ["Input.FullTimeEquivalent"] = "5.555" }));
        var tooMany = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Staffing", new()
            { ["Input.AsOn"] = "2020-01-01", ["Input.Posts"] = "4", ["Input.FullTimeEquivalent"] = "4.5" }));

        Assert.Equal("The date must be today or in the past", bad.FieldError("Input_AsOn"));
        Assert.Equal("Enter the number of posts as a whole number from 0 to 1,000", bad.FieldError("Input_Posts"));
        Assert.Equal("Enter the full-time equivalent as a number with up to 2 decimal places, like 5.5", bad.FieldError("Input_FullTimeEquivalent"));
        Assert.Equal("six", bad.QuerySelector("#Input_Posts")!.GetAttribute("value"));
        Assert.Equal("The full-time equivalent cannot be more than the number of posts", tooMany.FieldError("Input_FullTimeEquivalent"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.AcuStaffing.ToListAsync());
    }

    [Fact]
    public async Task Staffing_IsRecordedOncePerDate_AndTheChangeSinceABaselineIsShown()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var first = await psd.PostFormAsync("/Investigations/Staffing", new() { ["Input.AsOn"] = "2020-01-01", ["Input.Posts"] = "6", ["Input.FullTimeEquivalent"] = "5.5" });
        var second = await psd.PostFormAsync("/Investigations/Staffing", new() { ["Input.AsOn"] = "2021-01-01", ["Input.Posts"] = "5", ["Input.FullTimeEquivalent"] = "4.5", ["Input.Note"] = "Post cut" });
        var duplicate = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Staffing", new() { ["Input.AsOn"] = "2021-01-01", ["Input.Posts"] = "5", ["Input.FullTimeEquivalent"] = "5" }));
        var change = await psd.GetPageAsync("/Investigations/Staffing?Baseline=2020-06-01");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("Staffing is already recorded for this date: choose another date", duplicate.FieldError("Input_AsOn"));
        Assert.StartsWith("Cumbria Constabulary: reduction since 1 June 2020", change.QuerySelector("#change caption")!.TextContent.Trim());
        Assert.Equal(2, change.QuerySelectorAll("#staffing tbody tr").Length);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(2, await check.AcuStaffing.CountAsync());
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(AcuStaffing) && e.Action == Core.Auditing.AuditAction.Created));
    }

    [Fact]
    public async Task Figures_ForHmicsPeriod_SayTheSentencesOfTheForcesReport()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");

        var page = await psd.GetPageAsync("/Investigations/Figures?From=2011-09-01&To=2012-05-31");

        Assert.Equal("The force instigated 59 investigations.", page.QuerySelector("#instigated")!.TextContent.Trim());
        Assert.Equal("Three of them concerned inappropriate disclosure to the media, one of which was continuing at the end of the period.", page.QuerySelector("#media")!.TextContent.Trim());
        Assert.StartsWith("Seven social media cases were referred", page.QuerySelector("#social-media")!.TextContent.Trim());
        Assert.Contains("reduction", page.QuerySelector("#staffing")!.TextContent);
        Assert.Equal("59", page.QuerySelector("#total td")!.TextContent);
    }

    [Fact]
    public async Task Figures_AlliancePsdChoosesAForce_AndABackwardsPeriodIsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var thamesValley = await factory.ForceIdAsync("thames-valley");

        var noForce = await psd.GetPageAsync("/Investigations/Figures?From=2011-09-01&To=2012-05-31");
        var otherForce = await psd.GetPageAsync($"/Investigations/Figures?ForceId={thamesValley}&From=2011-09-01&To=2012-05-31");
        var backwards = await psd.GetPageAsync($"/Investigations/Figures?ForceId={await factory.ForceIdAsync("west-mercia")}&From=2012-05-31&To=2011-09-01");

        Assert.Equal("Choose the force", noForce.FieldError("ForceId"));
        Assert.Equal("Choose a force from the list", otherForce.FieldError("ForceId"));
        Assert.Null(otherForce.QuerySelector("#figures"));
        Assert.Equal("The last day must be the same as or after the first day", backwards.FieldError("To"));
    }
}
