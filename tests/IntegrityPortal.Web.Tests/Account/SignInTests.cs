using System.Net;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Account;

public class SignInTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Audit")]
    [InlineData("/Admin/Forces")]
    public async Task Get_Anonymous_RedirectsToSignIn(string url)
    {
        await using var factory = await PortalFactory.CreateAsync();

        var response = await PortalClient.Anonymous(factory).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/SignIn?ReturnUrl=", response.Headers.Location!.ToString());
    }

    public static TheoryData<string, string, string[]> Accounts() => new()
    {
        { "officer.thames-valley", "Thames Valley Police", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training"] },
        { "staff.cumbria", "Cumbria Constabulary", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training"] },
        { "manager.cumbria", "Cumbria Constabulary", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Team gifts and hospitality", "Team applications"] },
        { "psd.warwickshire", "Warwickshire Police", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Gifts register", "Business interests (PSD)", "Media contact log", "Investigations", "Find a person", "Procurement matches", "Cross-check meetings", "Training register", "Audit trail"] },
        { "head-of-psd.dyfed-powys", "Dyfed-Powys Police", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Team gifts and hospitality", "Team applications", "Gifts register", "Business interests (PSD)", "Media contact log", "Investigations", "Find a person", "Procurement matches", "Cross-check meetings", "Training register", "Business interest decisions", "Audit trail", "Governance reports", "Self-assessment"] },
        { "dcc.avon-and-somerset", "Avon and Somerset Constabulary", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Team gifts and hospitality", "Team applications", "Business interest decisions", "Governance reports", "Self-assessment"] },
        { "press-office.west-mercia", "West Mercia Police", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Media contact log"] },
        { "procurement.cumbria", "Cumbria Constabulary", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Suppliers", "Contracts and tenders", "Card transactions", "Cross-check meetings"] },
        { "pcc.cumbria", "Cumbria Constabulary", ["Home", "Governance reports", "Self-assessment"] },
        { "admin.thames-valley", "Thames Valley Police", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Policies", "Training", "Forces", "People", "Users", "Training register"] },
        { "admin", "All forces", ["Home", "Audit trail", "Governance reports", "National comparison", "Forces", "People", "Users", "Training register"] },
        { "inspector", "All forces", ["Home", "Audit trail", "Governance reports", "Self-assessment", "National comparison"] },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task SignIn_DemoAccount_SeesOwnForceAndNavigation(string userName, string force, string[] navigation)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);

        var home = await client.GetPageAsync("/");

        Assert.StartsWith(force, home.QuerySelector(".app-header__user-detail")!.TextContent);
        Assert.Equal(navigation, await client.NavigationItemsAsync());
        Assert.Equal("OFFICIAL-SENSITIVE", home.QuerySelector(".app-classification")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsOneMessageForAnyFailure()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var wrongPassword = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = "not-the-password" });
        var unknownUser = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "nobody.cumbria", ["Input.Password"] = "not-the-password" });

        foreach (var response in new[] { wrongPassword, unknownUser })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal("Enter a correct user name and password", page.FieldError("Input_UserName"));
            Assert.Empty(page.QuerySelector("#Input_Password")!.GetAttribute("value")!);
        }
    }

    [Fact]
    public async Task SignIn_EmptyFields_AskForEach()
    {
        await using var factory = await PortalFactory.CreateAsync();

        var response = await PortalClient.Anonymous(factory).PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "", ["Input.Password"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter your user name", "Enter your password"], page.ErrorSummary());
    }

    [Fact]
    public async Task SignIn_FiveFailures_LockTheAccountEvenWithTheRightPassword()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = "wrong-password-" + i });
        }

        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = Core.Demo.DemoDataSeeder.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The same message as a wrong password: the form does not reveal that the account is locked.
        Assert.Equal(Pages.Account.SignInModel.FailureMessage, (await PortalClient.ParseAsync(response)).FieldError("Input_UserName"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_DisabledAccount_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync();
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "officer.cumbria");
            user.IsDisabled = true;
            await db.SaveChangesAsync();
        }

        var response = await PortalClient.Anonymous(factory).PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = Core.Demo.DemoDataSeeder.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).FieldError("Input_UserName"));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("IntegrityPortal.Session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_SetsASecureHttpOnlyStrictSessionCookie()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = Core.Demo.DemoDataSeeder.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("IntegrityPortal.Session="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHomeInstead()
    {
        await using var factory = await PortalFactory.CreateAsync();

        var response = await PortalClient.Anonymous(factory).PostFormAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = Core.Demo.DemoDataSeeder.Password, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var response = await client.PostFormAsync("/", new(), postUrl: "/Account/SignOut");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
