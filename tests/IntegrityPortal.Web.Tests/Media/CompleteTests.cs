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

    private static async Task<int> VersionAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return (await db.MediaContacts.SingleAsync(c => c.Id == id)).Version;
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

        var check = await CheckUrlAsync(officer, id, Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette", "Subject=Briefing on the burglaries", "Disclosed=That two arrests had been made"), version));

        // Nothing is saved before Check your answers is sent.
        await using (var before = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Null((await before.MediaContacts.SingleAsync(c => c.Id == id)).CompletedUtc);
        }

        var answers = await officer.GetPageAsync(check);
        Assert.Contains("Briefing on the burglaries", answers.QuerySelector("#answers")!.TextContent);
        Assert.Contains("Westmorland Gazette", answers.QuerySelector("#answers")!.TextContent);
        var response = await officer.PostFormAsync(check, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Media/Contacts/Completed/{id}", response.Headers.Location!.OriginalString);

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

        var confirmation = await officer.GetPageAsync($"/Media/Contacts/Completed/{id}");
        Assert.Equal("Contact completed", confirmation.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal(contact.Reference, confirmation.QuerySelector("#reference")!.TextContent.Trim());
        Assert.Contains("acknowledges", confirmation.QuerySelector("#next")!.TextContent);

        var after = await officer.GetPageAsync($"/Media/Contacts/View/{id}");
        Assert.Contains("Briefing planned on the burglaries", after.QuerySelector("#version-1")!.NextElementSibling!.TextContent);
        Assert.Null(after.QuerySelector("a#complete"));
        // Completed once: the page is gone.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Media/Contacts/Complete/{id}")).StatusCode);
    }

    /// <summary>Answers the completion form ("Continue"); returns the address of Check your answers.</summary>
    private static async Task<string> CheckUrlAsync(PortalClient officer, int id, Dictionary<string, string> form, string? draft = null)
    {
        var page = $"/Media/Contacts/Complete/{id}" + (draft is null ? "" : $"?draft={draft}");
        var response = await officer.PostFormAsync(page, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/Media/Contacts/CompleteCheck\\?draft=[0-9a-f-]+$", location);
        return location;
    }

    [Fact]
    public async Task CheckYourAnswers_ChangeKeepsTheAnswers_AndASecondSendCompletesNothingMore()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await LoggedInAdvanceAsync(factory);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddHours(-1));
        var version = (await officer.GetPageAsync($"/Media/Contacts/Complete/{id}")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var check = await CheckUrlAsync(officer, id, Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette", "Subject=First wording"), int.Parse(version, System.Globalization.CultureInfo.InvariantCulture)));
        var draft = check[(check.IndexOf('=') + 1)..];

        // Change: the form shows the kept answers, and sending it again keeps the same draft.
        var answers = await officer.GetPageAsync(check);
        var change = answers.QuerySelectorAll("#answers a").Select(a => a.GetAttribute("href")!).Single(h => h.EndsWith("#Input_Subject", StringComparison.Ordinal));
        var form = await officer.GetPageAsync(change);
        Assert.Equal("First wording", form.QuerySelector("#Input_Subject")!.GetAttribute("value"));
        Assert.Equal(check, await CheckUrlAsync(officer, id, Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette", "Subject=Second wording"), int.Parse(version, System.Globalization.CultureInfo.InvariantCulture)), draft));

        var first = await officer.PostFormAsync(check, []);
        var second = await officer.PostFormAsync(check, []);
        Assert.Equal($"/Media/Contacts/Completed/{id}", first.Headers.Location!.OriginalString);
        Assert.Equal($"/Media/Contacts/Completed/{id}", second.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync(check)).StatusCode);

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var contact = await db.MediaContacts.Include(c => c.Versions).SingleAsync(c => c.Id == id);
        Assert.Equal("Second wording", contact.Subject);
        Assert.Equal([1, 2], contact.Versions.OrderBy(v => v.Number).Select(v => v.Number));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EntityType == "MediaContact" && e.EntityId == id.ToString() && e.Action == AuditAction.Changed));
    }

    [Fact]
    public async Task CheckYourAnswers_AfterAChangeMadeInBetween_SavesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await LoggedInAdvanceAsync(factory);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddHours(-1));
        int version;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            version = (await db.MediaContacts.SingleAsync(c => c.Id == id)).Version;
        }

        var check = await CheckUrlAsync(officer, id, Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette", "Subject=Mine"), version));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var contact = await db.MediaContacts.SingleAsync(c => c.Id == id);
            contact.JournalistName = "Changed in between";
            await db.SaveChangesAsync();
        }

        var response = await officer.PostFormAsync(check, []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CompleteCheckModel.ChangedSinceYouBegan, (await PortalClient.ParseAsync(response)).ErrorSummary());
        await using (var after = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var saved = await after.MediaContacts.Include(c => c.Versions).SingleAsync(c => c.Id == id);
            Assert.Null(saved.CompletedUtc);
            Assert.Empty(saved.Versions);
            Assert.Null((await after.FormDrafts.SingleAsync(d => d.RecordId == id && d.Kind == "media-completion")).SubmittedUtc);
        }

        // Told of the change, the officer checks the answers again and sends them: now it is saved.
        var again = await officer.PostFormAsync(check, []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using var completed = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var sent = await completed.MediaContacts.Include(c => c.Versions).SingleAsync(c => c.Id == id);
        Assert.NotNull(sent.CompletedUtc);
        Assert.Equal("Mine", sent.Subject);
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
        var owner = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddHours(-1));
        var check = await CheckUrlAsync(owner, id, Completion(Form($"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true",
            "NewOutletName=", "OutletName=Westmorland Gazette"), await VersionAsync(factory, id)));
        var other = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(check)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(check, [], check)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Media/Contacts/Complete/{id}{check[check.IndexOf('?')..]}")).StatusCode);
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
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync($"/Media/Contacts/CompleteCheck?draft={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/Media/Contacts/Completed/1")).StatusCode);
    }
}
