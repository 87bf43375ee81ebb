using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>Sign-ins, failures, sign-outs, lockouts and second-factor changes are security events in the audit trail.</summary>
public class SecurityEventTests
{
    [Fact]
    public async Task SignInFailureAndSignOut_AreRecorded_WithoutThePassword()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await SignInForms.PostAsync(PortalClient.Anonymous(factory), "officer.cumbria", "secret-wrong-guess");
        await SignInForms.PostAsync(PortalClient.Anonymous(factory), "typo-officer.cumbria", "another-secret-guess");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        await officer.PostFormAsync("/", new(), "/Account/SignOut");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var account = await db.Users.SingleAsync(u => u.UserName == "officer.cumbria");
        var events = await db.AuditEvents.Where(e => e.Action >= AuditAction.SignedIn).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignedIn, AuditAction.SignedOut], events.Select(e => e.Action));
        Assert.All(events.Where(e => e.EntityId == account.Id), e =>
        {
            Assert.Equal("officer.cumbria", e.UserName);
            Assert.Equal(account.ForceId, e.RecordForceId);
        });
        var unknown = events[1];
        Assert.Equal("(unknown account)", unknown.EntityId);
        Assert.Null(unknown.RecordForceId);
        var everything = string.Join("|", await db.AuditEvents.Select(e => e.UserName + e.EntityId + e.Changes + e.Justification).ToListAsync());
        Assert.DoesNotContain("secret-wrong-guess", everything);
        Assert.DoesNotContain("another-secret-guess", everything);
        Assert.DoesNotContain("typo-officer", everything);
        Assert.DoesNotContain(DemoDataSeeder.Password, everything);
    }

    [Fact]
    public async Task ForcesPsd_SeesItsForcesSignInEvents_OnTheAuditPage_AndNotAnotherForces()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.PostAsync(PortalClient.Anonymous(factory), "officer.cumbria", "wrong-password-" + i);
        }

        await SignInForms.PostAsync(PortalClient.Anonymous(factory), "officer.thames-valley", "wrong-password");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var failed = await psd.GetPageAsync("/Audit?Filter.Action=SignInFailed");
        var locked = await psd.GetPageAsync("/Audit?Filter.Action=LockedOut");

        var failedUsers = failed.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, failedUsers.Count);
        Assert.All(failedUsers, row => Assert.Contains("officer.cumbria", row));
        Assert.Contains("officer.cumbria", Assert.Single(locked.QuerySelectorAll("tbody tr")).TextContent);
    }

    [Fact]
    public async Task SettingUpTheApp_IsRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var key = (await officer.GetPageAsync("/Account/TwoFactor/SetUp")).QuerySelector("#authenticator-key")!.TextContent;

        await officer.PostFormAsync("/Account/TwoFactor/SetUp", new() { ["Code"] = PortalClient.CurrentCode(key) });

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var change = await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.TwoFactorChanged);
        Assert.Equal("officer.cumbria", change.UserName);
        Assert.Contains("set up", change.Changes);
        var everything = string.Join("|", await db.AuditEvents.Select(e => e.Changes).ToListAsync());
        Assert.DoesNotContain(key.Replace(" ", string.Empty).ToUpperInvariant(), everything.ToUpperInvariant());
    }
}
