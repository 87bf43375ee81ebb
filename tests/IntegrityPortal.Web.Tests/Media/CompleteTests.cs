using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Media.Contacts;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>A pre-arranged contact logged in advance is completed after it happened, as a new version, audited.</summary>
public class CompleteTests
{
    /// <summary>A pre-arranged contact of the user, logged two days ahead, that happened two hours ago.</summary>
    private static async Task<int> LoggedInAdvanceAsync(PortalFactory factory, string userName = "officer.cumbria")
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return (await LogAsync(db, userName, contactedUtc: DateTime.UtcNow.AddHours(-2), preArranged: true, recordedUtc: DateTime.UtcNow.AddDays(-2),
            subject: "Briefing planned on the burglaries")).Id;
    }

    private static Dictionary<string, string> Completion(Dictionary<string, string> form, int version)
    {
        form["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return form;
    }

    [Fact]
    public async Task Completing_KeepsWhatWasLoggedInAdvanceAsVersionOne_AndIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await LoggedInAdvanceAsync(factory);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddHours(-1));

        var view = await officer.GetPageAsync($"/Media/Contacts/View/{id}");
        Assert.NotNull(view.QuerySelector("a#complete"));
        var form = await officer.GetPageAsync($"/Media/Contacts/Complete/{id}");
        Assert.Equal("Briefing planned on the burglaries", form.QuerySelector("#Input_Subject")!.GetAttribute("value"));
        var version = int.Parse(form.QuerySelector("input[name=Version]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);

        var response = await officer.PostFormAsync($"/Media/Contacts/Complete/{id}", Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette", "Subject=Briefing on the burglaries", "Disclosed=That two arrests had been made"), version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var contact = await db.MediaContacts.Include(c => c.Versions).SingleAsync(c => c.Id == id);
        Assert.Equal("Briefing on the burglaries", contact.Subject);
        Assert.NotNull(contact.CompletedUtc);
        Assert.Null(contact.AcknowledgedUtc);
        Assert.True(contact.RecordedUtc < DateTime.UtcNow.AddDays(-1));
        var versions = contact.Versions.OrderBy(v => v.Number).ToList();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("Briefing planned on the burglaries", versions[0].ReadDetails().Subject);
        Assert.Equal("That two arrests had been made", versions[1].ReadDetails().Disclosed);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "MediaContact" && e.EntityId == id.ToString() && e.Action == AuditAction.Changed && e.UserName == "officer.cumbria"));

        var after = await officer.GetPageAsync($"/Media/Contacts/View/{id}");
        Assert.Contains("completed", after.QuerySelector("#confirmation")!.TextContent);
        Assert.Contains("Briefing planned on the burglaries", after.QuerySelector("#version-1")!.NextElementSibling!.TextContent);
        Assert.Null(after.QuerySelector("a#complete"));
        // Completed once: the page is gone.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Media/Contacts/Complete/{id}")).StatusCode);
    }

    [Fact]
    public async Task Completing_WithBadInput_AnswersBesideTheField_AndChangesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await LoggedInAdvanceAsync(factory);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddDays(1));
        int version;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            version = (await db.MediaContacts.SingleAsync(c => c.Id == id)).Version;
        }

        var future = await officer.PostFormAsync($"/Media/Contacts/Complete/{id}", Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette"), version));
        var page = await PortalClient.ParseAsync(future);
        Assert.Equal(MediaWorkflow.CompletedInTheFuture, page.FieldError("Input_ContactedOn"));
        Assert.Contains(MediaWorkflow.CompletedInTheFuture, page.ErrorSummary());

        var noTime = await officer.PostFormAsync($"/Media/Contacts/Complete/{id}", Completion(Form("ContactedAt=", "WasPreArranged=true", "NewOutletName=", "OutletName=Westmorland Gazette", "Subject=Kept subject"), version));
        var second = await PortalClient.ParseAsync(noTime);
        Assert.Equal(LogContactInputValidator.TimeMissing, second.FieldError("Input_ContactedAt"));
        Assert.Equal("Kept subject", second.QuerySelector("#Input_Subject")!.GetAttribute("value"));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var contact = await check.MediaContacts.Include(c => c.Versions).SingleAsync(c => c.Id == id);
        Assert.Null(contact.CompletedUtc);
        Assert.Empty(contact.Versions);
        Assert.Equal("Briefing planned on the burglaries", contact.Subject);
    }

    [Fact]
    public async Task AContactNotLoggedInAdvance_OrNotYetHappened_CannotBeCompleted()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int afterwards, ahead;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            afterwards = (await LogAsync(db, "officer.cumbria", preArranged: true)).Id;
            ahead = (await LogAsync(db, "officer.cumbria", contactedUtc: DateTime.UtcNow.AddDays(2), preArranged: true)).Id;
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        foreach (var id in new[] { afterwards, ahead })
        {
            Assert.Null((await officer.GetPageAsync($"/Media/Contacts/View/{id}")).QuerySelector("a#complete"));
            Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Media/Contacts/Complete/{id}")).StatusCode);
        }
    }

    [Theory]
    [InlineData("staff.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("officer.dyfed-powys")]
    public async Task SomeoneElse_CannotComplete(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await LoggedInAdvanceAsync(factory);
        var other = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Media/Contacts/Complete/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/Media/Contacts/Complete/{id}", Completion(Form("WasPreArranged=true"), 0))).StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Null((await db.MediaContacts.SingleAsync(c => c.Id == id)).CompletedUtc);
    }

    [Fact]
    public async Task Pcc_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/Media/Contacts/Complete/1")).StatusCode);
    }
}
