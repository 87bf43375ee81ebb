using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Media;

/// <summary>
/// The media contact log's workflow and queries over a copy of the demo database without
/// register records, at a fixed time (15 June 2026, 10:00 in London). Cumbria requires
/// advance notice of pre-arranged contact; Dyfed-Powys does not.
/// </summary>
public class MediaWorkflowTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly FixedClock Clock = new(new DateTimeOffset(Now));

    private sealed record Setup(string Path, TestActor Press, int Cumbria, IReadOnlyDictionary<string, int> People, int OutletId, int OtherForceOutletId);

    private static async Task<Setup> SetupAsync()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var system = TestDatabase.OpenAsSystem(path);
        var cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var dyfed = await system.Forces.Where(f => f.Code == "dyfed-powys").Select(f => f.Id).SingleAsync();
        var people = await system.Users.Where(u => u.PersonId != null).ToDictionaryAsync(u => u.UserName!, u => u.PersonId!.Value);
        var outlet = new Organisation { ForceId = cumbria, Name = "Westmorland Gazette" };
        var other = new Organisation { ForceId = dyfed, Name = "Carmarthen Journal" };
        system.Organisations.AddRange(outlet, other);
        await system.SaveChangesAsync();
        var press = new TestActor("press-office.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.PressOffice);
        return new(path, press, cumbria, people, outlet.Id, other.Id);
    }

    private static IntegrityDbContext Open(Setup setup, TestActor? actor = null) => TestDatabase.Open(setup.Path, actor ?? setup.Press, Clock);

    private static MediaContactDetails Details(Setup setup, DateTime? contactedUtc = null, bool preArranged = false, bool visit = false, int? outletId = null) => new()
    {
        ContactedUtc = contactedUtc ?? Now.AddHours(-2),
        JournalistName = " Rachel Dunmore ",
        OutletId = outletId ?? setup.OutletId,
        Method = MediaContactMethod.Meeting,
        WasPreArranged = preArranged,
        WasVisitToMediaEstablishment = visit,
        Subject = "Rural crime initiative",
        Disclosed = "The launch date",
        WasAuthorised = true,
        AuthorisedBy = "Supt Hall",
    };

    private static async Task<int> LogAsync(Setup setup, string userName, MediaContactDetails details)
    {
        await using var db = Open(setup);
        var person = await db.People.SingleAsync(p => p.Id == setup.People[userName]);
        var contact = await new MediaWorkflow(db).LogAsync(person, details);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    [Fact]
    public async Task Log_RecordsThePersonTheirDepartmentTheOutletsNameAndWhenItWasLogged()
    {
        var setup = await SetupAsync();

        var id = await LogAsync(setup, "officer.cumbria", Details(setup));

        await using var db = Open(setup);
        var contact = await db.MediaContacts.Include(c => c.Person).SingleAsync(c => c.Id == id);
        Assert.Equal(setup.Cumbria, contact.ForceId);
        Assert.Equal(setup.People["officer.cumbria"], contact.PersonId);
        Assert.Equal(contact.Person!.DepartmentId, contact.DepartmentId);
        Assert.Equal("Westmorland Gazette", contact.OutletName);
        Assert.Equal("Rachel Dunmore", contact.JournalistName);
        Assert.Equal(Now, contact.RecordedUtc);
        Assert.Equal(Now.AddHours(-2), contact.ContactedUtc);
        Assert.Null(contact.AcknowledgedUtc);
        Assert.Equal($"MC-{id:D6}", contact.Reference);
    }

    [Fact]
    public async Task Log_FutureContactNotPreArranged_IsRefused_AndNothingIsWritten()
    {
        var setup = await SetupAsync();

        var e = await Assert.ThrowsAsync<MediaWorkflowException>(() => LogAsync(setup, "officer.cumbria", Details(setup, contactedUtc: Now.AddDays(2))));

        Assert.Equal(MediaRules.InTheFuture, e.Message);
        await using var db = Open(setup);
        Assert.Equal(0, await db.MediaContacts.CountAsync());
    }

    [Fact]
    public async Task Log_OutletOfAnotherForce_IsRefused()
    {
        var setup = await SetupAsync();

        var e = await Assert.ThrowsAsync<MediaWorkflowException>(() => LogAsync(setup, "officer.cumbria", Details(setup, outletId: setup.OtherForceOutletId)));

        Assert.Equal(MediaWorkflow.OutletNotFound, e.Message);
    }

    [Fact]
    public async Task Acknowledge_RecordsWhoAndWhen_OnlyOnce_AndNeverOwnContact()
    {
        var setup = await SetupAsync();
        var id = await LogAsync(setup, "officer.cumbria", Details(setup));
        var own = await LogAsync(setup, "press-office.cumbria", Details(setup));

        await using (var db = Open(setup))
        {
            var contact = await db.MediaContacts.SingleAsync(c => c.Id == id);
            new MediaWorkflow(db).Acknowledge(contact, setup.People["press-office.cumbria"]);
            await db.SaveChangesAsync();
            Assert.Equal(MediaWorkflow.AlreadyAcknowledged,
                Assert.Throws<MediaWorkflowException>(() => new MediaWorkflow(db).Acknowledge(contact, setup.People["press-office.cumbria"])).Message);
            var mine = await db.MediaContacts.SingleAsync(c => c.Id == own);
            Assert.Equal(MediaWorkflow.OwnContact,
                Assert.Throws<MediaWorkflowException>(() => new MediaWorkflow(db).Acknowledge(mine, setup.People["press-office.cumbria"])).Message);
        }

        await using var check = Open(setup);
        var saved = await check.MediaContacts.SingleAsync(c => c.Id == id);
        Assert.Equal("press-office.cumbria", saved.AcknowledgedBy);
        Assert.Equal(Now, saved.AcknowledgedUtc);
        Assert.Null((await check.MediaContacts.SingleAsync(c => c.Id == own)).AcknowledgedUtc);
    }

    [Fact]
    public async Task FlagContact_CreatesAReferralAwaitingPsd_AndASecondFlagWhileItWaitsIsRefused()
    {
        var setup = await SetupAsync();
        var id = await LogAsync(setup, "officer.cumbria", Details(setup));

        await using var db = Open(setup);
        var contact = await db.MediaContacts.SingleAsync(c => c.Id == id);
        var leak = await new MediaWorkflow(db).FlagContactAsync(contact, setup.People["press-office.cumbria"], "  Story carried details not briefed  ");
        await db.SaveChangesAsync();

        var saved = await db.SuspectedLeaks.AsNoTracking().SingleAsync(l => l.Id == leak.Id);
        Assert.Equal(SuspectedLeakStatus.AwaitingPsd, saved.Status);
        Assert.Equal(id, saved.MediaContactId);
        Assert.Equal(setup.OutletId, saved.OutletId);
        Assert.Equal("Westmorland Gazette", saved.OutletName);
        Assert.Equal("Rachel Dunmore", saved.JournalistName);
        Assert.Equal("Story carried details not briefed", saved.Reason);
        Assert.Equal("press-office.cumbria", saved.FlaggedBy);
        Assert.Equal(Now, saved.FlaggedUtc);
        Assert.Null(saved.ArticleTitle);
        var again = await Assert.ThrowsAsync<MediaWorkflowException>(() => new MediaWorkflow(db).FlagContactAsync(contact, setup.People["press-office.cumbria"], "Again"));
        Assert.Equal(MediaWorkflow.AlreadyFlagged, again.Message);
    }

    [Fact]
    public async Task FlagContact_WithoutAReason_OrOwnContact_IsRefused()
    {
        var setup = await SetupAsync();
        var id = await LogAsync(setup, "press-office.cumbria", Details(setup));
        await using var db = Open(setup);
        var contact = await db.MediaContacts.SingleAsync(c => c.Id == id);

        Assert.Equal(MediaWorkflow.OwnContact, (await Assert.ThrowsAsync<MediaWorkflowException>(() =>
            new MediaWorkflow(db).FlagContactAsync(contact, setup.People["press-office.cumbria"], "Reason"))).Message);
        Assert.Equal(MediaWorkflow.ReasonNeeded, (await Assert.ThrowsAsync<MediaWorkflowException>(() =>
            new MediaWorkflow(db).FlagContactAsync(contact, null, " "))).Message);
    }

    [Fact]
    public async Task FlagArticle_CreatesAReferralAwaitingPsd_WithTheArticle()
    {
        var setup = await SetupAsync();
        await using var db = Open(setup);

        var leak = await new MediaWorkflow(db).FlagArticleAsync(setup.Cumbria, new ArticleDetails
        {
            OutletId = setup.OutletId,
            JournalistName = " ",
            Title = "Police named suspect",
            PublishedOn = new DateOnly(2026, 6, 12),
            Url = "https://example.org/story",
            Reason = "Quotes an internal briefing",
        });
        await db.SaveChangesAsync();

        var saved = await db.SuspectedLeaks.AsNoTracking().SingleAsync(l => l.Id == leak.Id);
        Assert.Equal(SuspectedLeakStatus.AwaitingPsd, saved.Status);
        Assert.Null(saved.MediaContactId);
        Assert.Null(saved.JournalistName);
        Assert.Equal("Police named suspect", saved.ArticleTitle);
        Assert.Equal(new DateOnly(2026, 6, 12), saved.ArticlePublishedOn);
        Assert.Equal("https://example.org/story", saved.ArticleUrl);
        Assert.Equal("Westmorland Gazette", saved.OutletName);
        await Assert.ThrowsAsync<MediaWorkflowException>(() => new MediaWorkflow(db).FlagArticleAsync(setup.Cumbria, new ArticleDetails
        {
            OutletId = setup.OtherForceOutletId, Title = "T", PublishedOn = new DateOnly(2026, 6, 12), Reason = "R",
        }));
    }

    [Fact]
    public async Task NotNotifiedInAdvance_InTheDatabase_MatchesTheRule()
    {
        var setup = await SetupAsync();
        var late = await LogAsync(setup, "officer.cumbria", Details(setup, preArranged: true));
        var visit = await LogAsync(setup, "officer.cumbria", Details(setup, visit: true));
        var inAdvance = await LogAsync(setup, "officer.cumbria", Details(setup, contactedUtc: Now.AddDays(3), preArranged: true));
        var ordinary = await LogAsync(setup, "officer.cumbria", Details(setup));

        await using var db = Open(setup);
        var flagged = await db.MediaContacts.Where(MediaRules.NotNotifiedInAdvance).Select(c => c.Id).OrderBy(i => i).ToListAsync();
        var rows = await MediaContactFilter.Project(new MediaContactFilter().Apply(db.MediaContacts)).ToListAsync();

        Assert.Equal([late, visit], flagged);
        Assert.Equal(flagged, rows.Where(r => r.WasNotNotifiedInAdvance).Select(r => r.Id).Order());
        Assert.Contains(rows, r => r.Id == inAdvance && !r.WasNotNotifiedInAdvance);
        Assert.Contains(rows, r => r.Id == ordinary && !r.WasNotNotifiedInAdvance);

        // A force that does not require advance notice marks nothing.
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == setup.Cumbria);
        settings.MediaAdvanceNoticeRequired = false;
        await db.SaveChangesAsync();
        Assert.Equal(0, await db.MediaContacts.CountAsync(MediaRules.NotNotifiedInAdvance));
    }

    [Fact]
    public async Task ByChiefOfficer_TakesOfficersOfAccRankAndAbove_Only()
    {
        var setup = await SetupAsync();
        var dcc = await LogAsync(setup, "dcc.cumbria", Details(setup));
        await LogAsync(setup, "officer.cumbria", Details(setup));
        await LogAsync(setup, "head-of-psd.cumbria", Details(setup));
        await LogAsync(setup, "press-office.cumbria", Details(setup));

        await using var db = Open(setup);

        Assert.Equal([dcc], await db.MediaContacts.Where(MediaRules.ByChiefOfficer).Select(c => c.Id).ToListAsync());
    }

    [Fact]
    public async Task Filter_TakesUkDays_OutletAndJournalistPrefixes_AndAcknowledgement()
    {
        var setup = await SetupAsync();
        // 23:30 UTC on 9 June is 00:30 on 10 June in London (BST).
        var tenthUk = await LogAsync(setup, "officer.cumbria", Details(setup, contactedUtc: new DateTime(2026, 6, 9, 23, 30, 0, DateTimeKind.Utc)));
        var ninthUk = await LogAsync(setup, "officer.cumbria", Details(setup, contactedUtc: new DateTime(2026, 6, 9, 22, 30, 0, DateTimeKind.Utc)));
        await using var db = Open(setup);
        var acknowledged = await db.MediaContacts.SingleAsync(c => c.Id == ninthUk);
        new MediaWorkflow(db).Acknowledge(acknowledged, null);
        await db.SaveChangesAsync();

        async Task<List<int>> Ids(MediaContactFilter filter) => await filter.Apply(db.MediaContacts).Select(c => c.Id).ToListAsync();

        Assert.Equal([tenthUk], await Ids(new() { From = new DateOnly(2026, 6, 10), To = new DateOnly(2026, 6, 10) }));
        Assert.Equal([ninthUk], await Ids(new() { To = new DateOnly(2026, 6, 9) }));
        Assert.Equal([tenthUk, ninthUk], await Ids(new() { Outlet = "Westmorland", Journalist = "Rachel" }));
        Assert.Empty(await Ids(new() { Outlet = "Gazette" }));
        Assert.Equal([tenthUk], await Ids(new() { Acknowledgement = AcknowledgementFilter.Awaiting }));
        Assert.Equal([ninthUk], await Ids(new() { Acknowledgement = AcknowledgementFilter.Acknowledged }));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
