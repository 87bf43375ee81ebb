using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Media.Contacts;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>The officer's own media contact log: logging, viewing, and seeing nobody else's.</summary>
public class MediaContactsTests
{
    [Fact]
    public async Task Get_Log_NamesTheForcesDepartment_AndSaysWhenAdvanceNoticeIsRequired()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);

        var cumbria = await (await PortalClient.SignInAsync(factory, "officer.cumbria")).GetPageAsync("/Media/Contacts/Log");
        var dyfed = await (await PortalClient.SignInAsync(factory, "officer.dyfed-powys")).GetPageAsync("/Media/Contacts/Log");

        Assert.Equal("Your force's Marketing and Communications Department is told of every contact you log.", cumbria.QuerySelector("#department-told")!.TextContent.Trim());
        Assert.Contains("must be logged before they happen", cumbria.QuerySelector("#advance-notice")!.TextContent);
        Assert.Equal("Your force's Press Office is told of every contact you log.", dyfed.QuerySelector("#department-told")!.TextContent.Trim());
        Assert.Null(dyfed.QuerySelector("#advance-notice"));
        foreach (var field in new[] { "ContactedOn", "ContactedAt", "JournalistName", "OutletId", "NewOutletName", "Method", "WasPreArranged",
                     "WasVisitToMediaEstablishment", "Subject", "Disclosed", "WasAuthorised", "AuthorisedBy" })
        {
            Assert.NotNull(cumbria.QuerySelector($"label[for=Input_{field}]"));
        }
    }

    [Fact]
    public async Task Post_Log_SavesTheContactWithANewOutlet_AndShowsIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var contactedUtc = DateTime.UtcNow.AddHours(-3);
        var (date, time) = UkFields(contactedUtc);

        var id = await LogThroughPageAsync(client, "Method=Meeting", "WasVisitToMediaEstablishment=true", "WasAuthorised=true", "AuthorisedBy=Supt Hall");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var contact = await db.MediaContacts.Include(c => c.Outlet).SingleAsync(c => c.Id == id);
        Assert.Equal(cumbria, contact.ForceId);
        Assert.Equal("Westmorland Gazette", contact.Outlet!.Name);
        Assert.Equal(cumbria, contact.Outlet.ForceId);
        Assert.Equal("Westmorland Gazette", contact.OutletName);
        Assert.Equal(MediaContactMethod.Meeting, contact.Method);
        Assert.True(contact.WasVisitToMediaEstablishment);
        Assert.Equal("Supt Hall", contact.AuthorisedBy);
        Assert.Equal(UkFields(contact.ContactedUtc), (date, time));
        Assert.True(contact.RecordedUtc > contact.ContactedUtc);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "MediaContact" && e.Action == AuditAction.Created);
        Assert.Equal("officer.cumbria", audit.UserName);

        var logged = await client.GetPageAsync($"/Media/Contacts/Logged/{id}");
        Assert.Contains($"Contact logged: {contact.Reference}. Your force's Marketing and Communications Department has been told.", logged.QuerySelector("#confirmation")!.TextContent);
        Assert.Equal(contact.Reference, logged.QuerySelector(".govuk-panel #reference")!.TextContent);
        Assert.Contains("Marketing and Communications Department reads the contact and acknowledges it", logged.QuerySelector("#next")!.TextContent);
        var view = await client.GetPageAsync($"/Media/Contacts/View/{id}");
        // A visit logged afterwards in a force that requires advance notice.
        Assert.NotNull(view.QuerySelector("#not-notified"));
        var list = await client.GetPageAsync("/Media/Contacts");
        var row = Assert.Single(list.QuerySelectorAll("#contacts tbody tr"));
        Assert.Contains(contact.Reference, row.TextContent);
        Assert.Contains("Westmorland Gazette", row.TextContent);
    }

    [Fact]
    public async Task Post_Log_PreArrangedContactToCome_IsAccepted_AsNotifiedInAdvance()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddDays(5));

        var id = await LogThroughPageAsync(client, $"ContactedOn={date}", $"ContactedAt={time}", "WasPreArranged=true");

        var view = await client.GetPageAsync($"/Media/Contacts/View/{id}");
        Assert.Null(view.QuerySelector("#not-notified"));
        Assert.Contains("(in advance)", view.QuerySelector("#logged")!.TextContent);
        Assert.DoesNotContain("not notified in advance", (await client.GetPageAsync($"/Media/Contacts/Logged/{id}")).QuerySelector("#confirmation")!.TextContent);
    }

    [Fact]
    public async Task Post_Log_PreArrangedContactLoggedAfterwards_IsMarkedInCumbria_ButNotInAForceThatDoesNotRequireNotice()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var dyfed = await PortalClient.SignInAsync(factory, "officer.dyfed-powys");

        var late = await LogThroughPageAsync(cumbria, "WasPreArranged=true");
        var elsewhere = await LogThroughPageAsync(dyfed, "WasPreArranged=true");

        var view = await cumbria.GetPageAsync($"/Media/Contacts/View/{late}");
        Assert.Contains("It is marked not notified in advance", (await cumbria.GetPageAsync($"/Media/Contacts/Logged/{late}")).QuerySelector("#confirmation")!.TextContent);
        Assert.NotNull(view.QuerySelector("#not-notified"));
        var other = await dyfed.GetPageAsync($"/Media/Contacts/View/{elsewhere}");
        Assert.Null(other.QuerySelector("#not-notified"));
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "ContactedOn=", "Input_ContactedOn", "Enter the date of the contact" },
        { "ContactedOn=2026-02-30", "Input_ContactedOn", "The date of the contact must be a real date" },
        { "ContactedOn=2019-01-01", "Input_ContactedOn", PlausibleDates.MediaContact.Check(new DateOnly(2019, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow))! },
        { "ContactedAt=", "Input_ContactedAt", "Enter the time of the contact" },
        { "ContactedAt=25:10", "Input_ContactedAt", "The time of the contact must have an hour from 0 to 23" },
        { "ContactedAt=14:60", "Input_ContactedAt", "The time of the contact must have a minute from 0 to 59" },
        { "ContactedAt=:30", "Input_ContactedAt", "The time of the contact must include an hour" },
        { "ContactedAt=14:", "Input_ContactedAt", "The time of the contact must include a minute" },
        { "ContactedAt=half:past", "Input_ContactedAt", "The time of the contact must be a real time on the 24-hour clock, like 14:30" },
        { "WasPreArranged=", "Input_WasPreArranged", LogContactInputValidator.PreArrangedUnanswered },
        { "WasVisitToMediaEstablishment=", "Input_WasVisitToMediaEstablishment", LogContactInputValidator.VisitUnanswered },
        { "WasAuthorised=", "Input_WasAuthorised", LogContactInputValidator.AuthorisedUnanswered },
        { "JournalistName= ", "Input_JournalistName", "Enter the journalist's name" },
        { "JournalistName=" + new string('a', 201), "Input_JournalistName", "The journalist's name must be 200 characters or fewer" },
        { "NewOutletName=", "Input_OutletId", LogContactInputValidator.OutletMissing },
        { "OutletId=999999", "Input_OutletId", LogContactInputValidator.OutletBoth },
        { "OutletId=999999|NewOutletName=", "Input_OutletId", "Select the outlet from the list" },
        { "Method=Carrier pigeon", "Input_Method", "Select how the contact took place" },
        { "Subject=", "Input_Subject", "Enter what the contact was about" },
        { "Disclosed=", "Input_Disclosed", "Enter what you told the journalist, or \"nothing\"" },
        { "WasAuthorised=true", "Input_AuthorisedBy", MediaRules.AuthorisedByNeeded },
        { "AuthorisedBy=Supt Hall", "Input_AuthorisedBy", MediaRules.AuthorisedByNotAuthorised },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Post_Log_BadInput_ShowsTheMessageBesideTheField_KeepsTheInput_AndWritesNothing(string change, string fieldId, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var response = await client.PostFormAsync("/Media/Contacts/Log", Form(change.Split('|')));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError(fieldId));
        Assert.Contains(message, page.ErrorSummary());
        var (kept, value) = change.StartsWith("Subject") ? ("#Input_JournalistName", "Rachel Dunmore") : ("#Input_Subject", "Appeal for witnesses to a collision");
        Assert.Equal(value, page.QuerySelector(kept)!.GetAttribute("value"));
        if (fieldId == "Input_ContactedAt")
        {
            // The boxes show what was typed.
            Assert.Equal(Form(change)["Input.ContactedAt.Hour"], page.QuerySelector("#Input_ContactedAt")!.GetAttribute("value"));
            Assert.Equal(Form(change)["Input.ContactedAt.Minute"], page.QuerySelector("#Input_ContactedAt-minute")!.GetAttribute("value"));
        }

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, await db.MediaContacts.CountAsync());
        Assert.Equal(0, await db.FormDrafts.CountAsync());
        Assert.Equal(0, await db.Organisations.CountAsync(o => o.Name == "Westmorland Gazette"));
    }

    [Fact]
    public async Task Post_Log_FutureContactNotPreArranged_IsRefusedBesideTheDate_AndSaysPreArrangedMayBeFuture()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var (date, time) = UkFields(DateTime.UtcNow.AddDays(2));

        var response = await client.PostFormAsync("/Media/Contacts/Log", Form($"ContactedOn={date}", $"ContactedAt={time}"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(MediaRules.InTheFuture, page.FieldError("Input_ContactedOn"));
        var sent = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(($"{sent.Day}", $"{sent.Month}", $"{sent.Year}"), Input.DateFields.Shown(page, "Input_ContactedOn"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, await db.MediaContacts.CountAsync());
    }

    [Fact]
    public async Task Post_Log_TimeTheClocksSkip_IsRefusedBesideTheTime()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        // The last Sunday of March in the current year, or the year before if it is still to come.
        var year = DateTime.UtcNow.Month > 3 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;
        var day = new DateOnly(year, 3, 31);
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        var response = await client.PostFormAsync("/Media/Contacts/Log", Form($"ContactedOn={day:yyyy-MM-dd}", "ContactedAt=01:30"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(LogContactInputValidator.TimeSkipped, page.FieldError("Input_ContactedAt"));
    }

    [Fact]
    public async Task Post_Log_ExistingOutletChosenFromTheList_IsUsed()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        int outletId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            outletId = (await LogAsync(db, "staff.cumbria", "BBC Radio Cumbria")).OutletId;
        }

        var id = await LogThroughPageAsync(client, $"OutletId={outletId}", "NewOutletName=");

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(outletId, (await check.MediaContacts.SingleAsync(c => c.Id == id)).OutletId);
        Assert.Equal(1, await check.Organisations.CountAsync(o => o.Name == "BBC Radio Cumbria"));
    }

    [Fact]
    public async Task OfficersSeeOnlyTheirOwnContacts_EvenWithinTheirForce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var own = await LogThroughPageAsync(officer, "Subject=Officer's own contact");
        int colleagues;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            colleagues = (await LogAsync(db, "staff.cumbria", subject: "Colleague's contact")).Id;
        }

        var list = await officer.GetPageAsync("/Media/Contacts");
        var row = Assert.Single(list.QuerySelectorAll("#contacts tbody tr"));
        Assert.Contains("Officer's own contact", row.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Media/Contacts/View/{colleagues}")).StatusCode);

        // Neither the line manager nor the member of staff sees the officer's contact.
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Media/Contacts/View/{own}")).StatusCode);
        Assert.NotNull((await manager.GetPageAsync("/Media/Contacts")).QuerySelector("#no-contacts"));
        var staff = await PortalClient.SignInAsync(factory, "staff.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Media/Contacts/View/{own}")).StatusCode);
        Assert.DoesNotContain("Officer's own contact", (await staff.GetPageAsync("/Media/Contacts")).Body!.TextContent);
    }

    [Fact]
    public async Task Pcc_WithoutAPersonRecord_IsRefusedTheLog()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/Media/Contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.GetAsync("/Media/Contacts/Log")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pcc.PostFormAsync("/Media/Contacts/Log", Form())).StatusCode);
    }
}
