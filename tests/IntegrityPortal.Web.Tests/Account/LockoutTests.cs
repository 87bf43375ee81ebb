using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>The failed-attempt count is kept by the database, one conditional UPDATE at a time.</summary>
public class LockoutTests
{
    [Fact]
    public async Task FiftyParallelWrongGuesses_LockTheAccount_AndCheckAtMostFivePasswords()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);
        var token = await SignInForms.TokenAsync(client);

        var guesses = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => SignInForms.PostWithTokenAsync(client, token, "psd.cumbria", $"wrong-guess-number-{i}")));
        var right = await SignInForms.PostWithTokenAsync(client, token, "psd.cumbria", DemoDataSeeder.Password);

        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.OK, g.StatusCode));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(SignInModel.FailureMessage, (await PortalClient.ParseAsync(right)).FieldError("Input_UserName"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var account = await db.Users.SingleAsync(u => u.UserName == "psd.cumbria");
        Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        var failures = await db.AuditEvents.Where(e => e.EntityId == account.Id && e.Action == AuditAction.SignInFailed).Select(e => e.Changes!).ToListAsync();
        Assert.Equal(51, failures.Count);
        Assert.Equal(5, failures.Count(c => c.Contains("wrong password")));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EntityId == account.Id && e.Action == AuditAction.LockedOut));
    }

    [Fact]
    public async Task RightPasswordAfterFourFailures_SignsIn_AndStartsTheCountAgain()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 4; i++)
        {
            await SignInForms.PostAsync(client, "officer.cumbria", "wrong-password-" + i);
        }

        var response = await SignInForms.PostAsync(client, "officer.cumbria");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var account = await db.Users.SingleAsync(u => u.UserName == "officer.cumbria");
        Assert.Equal(0, account.AccessFailedCount);
        Assert.Null(account.LockoutEnd);
    }

    [Fact]
    public async Task ExpiredLock_LetsTheRightPasswordIn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.PostAsync(client, "officer.cumbria", "wrong-password-" + i);
        }

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await db.Users.Where(u => u.UserName == "officer.cumbria")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInForms.PostAsync(client, "officer.cumbria")).StatusCode);
    }

    [Fact]
    public async Task AdministratorsUnlock_LetsTheRightPasswordIn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var guesser = PortalClient.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.PostAsync(guesser, "officer.cumbria", "wrong-password-" + i);
        }

        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        string id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new(), $"/Admin/Users/Edit/{id}?handler=Unlock")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForms.PostAsync(PortalClient.Anonymous(factory), "officer.cumbria")).StatusCode);
    }
}
