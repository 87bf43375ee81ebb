using System.Diagnostics;
using System.Net;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>The sign-in form tells a guesser nothing about which accounts exist or are locked.</summary>
public class EnumerationTests
{
    [Fact]
    public async Task UnknownWrongLockedAndDisabled_AllGetTheSameMessage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.PostAsync(client, "psd.cumbria", "wrong-password-" + i);
        }

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await db.Users.Where(u => u.UserName == "staff.cumbria").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));
        }

        var answers = new[]
        {
            await SignInForms.PostAsync(client, "nobody.cumbria", "not-the-password"),
            await SignInForms.PostAsync(client, "officer.cumbria", "not-the-password"),
            await SignInForms.PostAsync(client, "psd.cumbria"), // locked: even the right password
            await SignInForms.PostAsync(client, "staff.cumbria"), // disabled
        };

        foreach (var response in answers)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal(SignInModel.FailureMessage, page.FieldError("Input_UserName"));
            Assert.Equal([SignInModel.FailureMessage], page.ErrorSummary());
        }
    }

    [Fact]
    public async Task UnknownAccount_TakesAsLongAsAWrongPassword()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);
        var token = await SignInForms.TokenAsync(client);
        await SignInForms.PostWithTokenAsync(client, token, "nobody.cumbria", "warm-up-request"); // first-use costs out of the timing

        // Alternate the two, so that anything else the machine does falls on both alike. Each
        // wrong password goes to a different account, so none locks.
        var unknown = new List<double>();
        var wrong = new List<double>();
        var accounts = new[] { "officer", "staff", "manager", "procurement", "press-office" }
            .SelectMany(role => new[] { "cumbria", "dyfed-powys", "thames-valley" }.Select(force => $"{role}.{force}")).ToArray();
        for (var i = 0; i < 15; i++)
        {
            unknown.Add(await TimeAsync(() => SignInForms.PostWithTokenAsync(client, token, $"nobody-{i}.cumbria", "not-the-password")));
            wrong.Add(await TimeAsync(() => SignInForms.PostWithTokenAsync(client, token, accounts[i], "not-the-password")));
        }

        // Before the dummy hash, the medians were 7 ms and 341 ms: a factor of 50. A generous
        // factor, not an absolute time, keeps this test steady on a busy machine.
        Assert.True(Median(unknown) >= 0.5 * Median(wrong), $"unknown account {Median(unknown):0} ms, wrong password {Median(wrong):0} ms");
    }

    [Fact]
    public async Task Lockout_TellsTheAccountHolderByEmail_WhenEmailIsOn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await db.Users.Where(u => u.UserName == "psd.cumbria").ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "psd@cumbria.example"));
        }

        var sender = new RecordingSender();
        await using var app = sender.Over(factory, emailEnabled: true);
        var client = PortalClient.Anonymous(app);
        for (var i = 0; i < 7; i++)
        {
            await SignInForms.PostAsync(client, "psd.cumbria", "wrong-password-" + i);
        }

        var email = Assert.Single(sender.Sent);
        Assert.Equal("psd@cumbria.example", email.To);
        Assert.Contains("locked", email.Subject);
        Assert.DoesNotContain("wrong-password", email.Body);
    }

    [Fact]
    public async Task Lockout_SendsNoEmail_WhenEmailIsOff()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await db.Users.Where(u => u.UserName == "psd.cumbria").ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "psd@cumbria.example"));
        }

        var sender = new RecordingSender();
        await using var app = sender.Over(factory, emailEnabled: false);
        var client = PortalClient.Anonymous(app);
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.PostAsync(client, "psd.cumbria", "wrong-password-" + i);
        }

        Assert.Empty(sender.Sent);
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var watch = Stopwatch.StartNew();
        var response = await request();
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
