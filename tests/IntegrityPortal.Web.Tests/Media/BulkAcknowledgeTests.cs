using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>
/// The media department acknowledges several contacts from its list: each is its own audited
/// change, one changed since is skipped and named, and contacts of another force are not found.
/// </summary>
public class BulkAcknowledgeTests
{
    private const string Awaiting = "/Media/Office?Filter.Acknowledgement=Awaiting";

    private static IReadOnlyList<string> Choices(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")!).ToList();

    private static async Task<(PortalFactory Factory, List<int> Cumbria, int ThamesValley)> ContactsAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var cumbria = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            cumbria.Add((await LogAsync(db, i == 2 ? "staff.cumbria" : "officer.cumbria", contactedUtc: DateTime.UtcNow.AddHours(-i))).Id);
        }

        var other = await LogAsync(db, "officer.thames-valley", "Oxford Mail");
        return (factory, cumbria, other.Id);
    }

    private static string Query(IEnumerable<string> choices) => string.Join("&", choices.Select(c => $"Selected={Uri.EscapeDataString(c)}"));

    private static Dictionary<string, string> Fields(IEnumerable<string> choices) =>
        choices.Select((c, i) => (c, i)).ToDictionary(p => $"Selected[{p.i}]", p => p.c);

    [Fact]
    public async Task AcknowledgesSeveral_AuditsEachOnItsOwn_AndSkipsOneChangedSince()
    {
        var (factory, ids, _) = await ContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var choices = Choices(await press.GetPageAsync(Awaiting));
        Assert.Equal(ids.Select(id => id.ToString()), choices.Select(c => c.Split(':')[0]));

        // Someone else changes the third after the list was shown.
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var third = await db.MediaContacts.SingleAsync(c => c.Id == ids[2]);
            third.Subject = "Changed elsewhere";
            await db.SaveChangesAsync();
        }

        var url = $"/Media/Office/BulkAcknowledge?{Query(choices)}&Filter.Acknowledgement=Awaiting";
        var confirm = await press.GetPageAsync(url);
        Assert.Equal(3, confirm.QuerySelectorAll("#chosen tbody tr").Length);
        Assert.Equal(Awaiting, confirm.QuerySelector(".govuk-back-link")!.GetAttribute("href"));

        var before = await MaxAuditIdAsync(factory);
        var done = await press.PostFormAsync(url, Fields(choices), "/Media/Office/BulkAcknowledge?Filter.Acknowledgement=Awaiting");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(Awaiting, done.Headers.Location!.OriginalString);
        var list = await press.GetPageAsync(Awaiting);
        var message = list.QuerySelector("#confirmation")!.TextContent;
        Assert.Contains($"2 contacts acknowledged: MC-{ids[0]:D6}, MC-{ids[1]:D6}", message);
        Assert.Contains($"MC-{ids[2]:D6} (changed since the list was shown)", message);
        Assert.Equal([ids[2].ToString()], Choices(list).Select(c => c.Split(':')[0]));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await check.MediaContacts.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        Assert.NotNull(after[ids[0]].AcknowledgedUtc);
        Assert.Equal("press-office.cumbria", after[ids[1]].AcknowledgedBy);
        Assert.Null(after[ids[2]].AcknowledgedUtc);
        // One change event for each contact acknowledged, with the acknowledgement in it; none for the one skipped.
        var changes = await check.AuditEvents.Where(e => e.Id > before && e.EntityType == nameof(MediaContact) && e.Action != AuditAction.Read).ToListAsync();
        Assert.Equal([ids[0].ToString(), ids[1].ToString()], changes.Select(e => e.EntityId).Order());
        Assert.All(changes, e =>
        {
            Assert.Equal("press-office.cumbria", e.UserName);
            Assert.Contains(nameof(MediaContact.AcknowledgedUtc), e.Changes);
        });
    }

    [Fact]
    public async Task TheConfirmationPage_RecordsAReadOfEachContactItShows()
    {
        var (factory, ids, _) = await ContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var choices = Choices(await press.GetPageAsync(Awaiting)).Take(2).ToList();
        var before = await MaxAuditIdAsync(factory);

        await press.GetPageAsync($"/Media/Office/BulkAcknowledge?{Query(choices)}");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var reads = await db.AuditEvents.Where(e => e.Id > before && e.Action == AuditAction.Read).Select(e => e.EntityId).ToListAsync();
        Assert.Equal(ids.Take(2).Select(id => id.ToString()), reads.Order());
    }

    [Fact]
    public async Task NothingChosen_GoesBackToTheListWithAMessage()
    {
        var (factory, _, _) = await ContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var response = await press.GetAsync("/Media/Office/BulkAcknowledge?Filter.Acknowledgement=Awaiting");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Awaiting, response.Headers.Location!.OriginalString);
        Assert.Contains(Web.Pages.Media.Office.BulkAcknowledgeModel.NoneChosen, (await press.GetPageAsync(Awaiting)).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task PsdIsRefused_AnotherForcesPressOfficeFindsNothing_AndChangesNothing()
    {
        var (factory, ids, thamesValley) = await ContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var choice = Choices(await press.GetPageAsync(Awaiting))[0];
        var url = $"/Media/Office/BulkAcknowledge?Selected={Uri.EscapeDataString(choice)}";

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.Empty(Choices(await psd.GetPageAsync(Awaiting)));
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.PostFormAsync(url, new() { ["Selected"] = choice })).StatusCode);

        var otherPress = await PortalClient.SignInAsync(factory, "press-office.thames-valley");
        Assert.Equal(HttpStatusCode.NotFound, (await otherPress.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPress.PostFormAsync(url, new() { ["Selected"] = choice })).StatusCode);

        // A choice that mixes the user's own force's contact with another force's is refused whole.
        var version = await VersionAsync(factory, thamesValley);
        var mixed = await press.PostFormAsync(Awaiting, new() { ["Selected[0]"] = choice, ["Selected[1]"] = $"{thamesValley}:{version}" }, "/Media/Office/BulkAcknowledge");
        Assert.Equal(HttpStatusCode.NotFound, mixed.StatusCode);

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.MediaContacts.AnyAsync(c => c.AcknowledgedUtc != null));
    }

    [Fact]
    public async Task TheDepartmentsOwnContact_IsNotOfferedForAcknowledgement()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int own;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            own = (await LogAsync(db, "press-office.cumbria")).Id;
            await LogAsync(db, "officer.cumbria");
        }

        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var choices = Choices(await press.GetPageAsync(Awaiting));
        Assert.Single(choices);
        Assert.DoesNotContain(choices, c => c.StartsWith($"{own}:"));

        // Chosen by hand all the same, it is skipped and named.
        var fields = new Dictionary<string, string> { ["Selected[0]"] = $"{own}:{await VersionAsync(factory, own)}" };
        Assert.Equal(HttpStatusCode.Redirect, (await press.PostFormAsync(Awaiting, fields, "/Media/Office/BulkAcknowledge")).StatusCode);
        Assert.Contains("you logged it yourself", (await press.GetPageAsync("/Media/Office")).QuerySelector("#confirmation")!.TextContent);
    }

    private static async Task<long> MaxAuditIdAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.AuditEvents.MaxAsync(e => e.Id);
    }

    private static async Task<int> VersionAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.MediaContacts.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
    }
}
