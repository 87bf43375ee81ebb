using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>
/// Logging a contact ends in Check your answers and a confirmation: nothing is logged before
/// it is sent from Check your answers, sending twice logs it once, and nobody else opens the
/// draft or the confirmation.
/// </summary>
public class LogCheckTests
{
    [Fact]
    public async Task CheckYourAnswers_ShowsWhatWasEntered_AndNothingIsLoggedUntilSent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var yesterday = UkFields(DateTime.UtcNow.AddDays(-1)).Date;
        var check = await CheckUrlAsync(officer, $"ContactedOn={yesterday}", "ContactedAt=09:05", "WasAuthorised=true", "AuthorisedBy=Supt Hall");

        var page = await officer.GetPageAsync(check);
        Assert.Equal("Check your answers before logging the contact – Integrity Portal", page.Title);
        var answers = page.QuerySelector("#answers")!.TextContent;
        foreach (var expected in new[] { ", 09:05", "Rachel Dunmore", "Westmorland Gazette (new)", "Appeal for witnesses to a collision", "Yes, by Supt Hall" })
        {
            Assert.Contains(expected, answers);
        }

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Equal(0, await db.MediaContacts.CountAsync());
            Assert.Equal(0, await db.Organisations.CountAsync(o => o.Name == "Westmorland Gazette"));
        }

        // A Change link opens the form with the answers kept, and the form returns to Check your answers.
        var change = page.QuerySelectorAll("#answers a").Single(a => a.TextContent.Contains("journalist", StringComparison.Ordinal)).GetAttribute("href")!;
        var form = await officer.GetPageAsync(change);
        Assert.Equal("Rachel Dunmore", form.QuerySelector("#Input_JournalistName")!.GetAttribute("value"));
        Assert.Equal("09", form.QuerySelector("#Input_ContactedAt")!.GetAttribute("value"));
        Assert.Equal("05", form.QuerySelector("#Input_ContactedAt-minute")!.GetAttribute("value"));
        var changed = await officer.PostFormAsync(change[..change.IndexOf('#')], Form($"ContactedOn={yesterday}", "ContactedAt=09:05", "WasAuthorised=true", "AuthorisedBy=Supt Hall", "JournalistName=Sam Okafor"));
        Assert.Equal(check, changed.Headers.Location!.OriginalString);
        Assert.Contains("Sam Okafor", (await officer.GetPageAsync(check)).QuerySelector("#answers")!.TextContent);

        var id = LoggedId(await officer.PostFormAsync(check, new()));
        var logged = await officer.GetPageAsync($"/Media/Contacts/Logged/{id}");
        Assert.Equal("Contact logged", logged.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        await using var after = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("Sam Okafor", (await after.MediaContacts.SingleAsync()).JournalistName);
    }

    [Fact]
    public async Task SendingTwice_LogsOneContact()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await CheckUrlAsync(officer);

        var token = (await officer.GetPageAsync(check)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var first = await officer.Http.PostAsync(check, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var second = await officer.Http.PostAsync(check, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(LoggedId(first), LoggedId(second));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.MediaContacts.CountAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EntityType == "MediaContact" && e.Action == AuditAction.Created));
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name == "Westmorland Gazette"));
    }

    [Theory]
    [InlineData("staff.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("officer.dyfed-powys")]
    public async Task SomeoneElsesDraftAndConfirmation_AreNotFound(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await CheckUrlAsync(officer);
        var id = await LogThroughPageAsync(officer);
        var other = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(check)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(check, new())).StatusCode);
        var log = check.Replace("/Check?", "/Log?", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(log)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(log, Form())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Media/Contacts/Logged/{id}")).StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.MediaContacts.CountAsync());
    }

    [Fact]
    public async Task Pcc_IsRefusedCheckAndConfirmation()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync($"/Media/Contacts/Check?draft={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.PostFormAsync($"/Media/Contacts/Check?draft={Guid.NewGuid()}", new())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/Media/Contacts/Logged/1")).StatusCode);
    }
}
