using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Account.TwoFactor;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>Authenticator app (TOTP) sign-in through Identity: set-up, codes, recovery codes, requirement, reset.</summary>
public class TwoFactorTests
{
    /// <summary>Sets up the app as a person would: reads the key from the page and answers with the app's code.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(PortalClient client)
    {
        var page = await client.GetPageAsync(TwoFactorGateway);
        var key = page.QuerySelector("#authenticator-key")!.TextContent;
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img[alt*='QR code']")!.GetAttribute("src"));
        var response = await client.PostFormAsync(TwoFactorGateway, new() { ["Code"] = PortalClient.CurrentCode(key) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = (await PortalClient.ParseAsync(response)).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        return (key, codes);
    }

    private const string TwoFactorGateway = "/Account/TwoFactor/SetUp";

    private static async Task<string> UserIdAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    // A code from the next 30-second step, which the portal accepts (one step either side), so
    // a test need not wait for the step after the one its set-up used.
    private static string NextCode(string key) => PortalClient.CurrentCode(key, DateTime.UtcNow.AddSeconds(30));

    [Fact]
    public async Task SetUp_ThenSignIn_AsksForTheCodeAfterThePassword()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var (key, recoveryCodes) = await SetUpAsync(officer);

        Assert.Equal(SetUpModel.RecoveryCodeCount, recoveryCodes.Distinct().Count());
        var client = PortalClient.Anonymous(factory);
        var password = await SignInForms.PostAsync(client, "officer.cumbria");
        Assert.Equal("/Account/TwoFactor/Code?ReturnUrl=%2F", password.Headers.Location!.OriginalString);
        var between = password.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("IntegrityPortal.TwoFactor="));
        Assert.Contains("secure", between, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", between, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", between, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(password.Headers.GetValues("Set-Cookie"), c => c.StartsWith("IntegrityPortal.Session="));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode); // not signed in yet
        var code = await client.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = NextCode(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ACode_WorksOnlyOnce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (key, _) = await SetUpAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var code = NextCode(key);
        var first = PortalClient.Anonymous(factory);
        var second = PortalClient.Anonymous(factory);
        await SignInForms.PostAsync(first, "officer.cumbria");
        await SignInForms.PostAsync(second, "officer.cumbria");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = code })).StatusCode);
        var replay = await second.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = code });

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(CodeModel.FailureMessage, (await PortalClient.ParseAsync(replay)).FieldError("Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task TheSetUpCode_CannotBeUsedAgainToSignIn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var key = (await officer.GetPageAsync(TwoFactorGateway)).QuerySelector("#authenticator-key")!.TextContent;
        var code = PortalClient.CurrentCode(key);
        Assert.NotEmpty((await PortalClient.ParseAsync(await officer.PostFormAsync(TwoFactorGateway, new() { ["Code"] = code }))).QuerySelectorAll("#recovery-codes li"));

        var client = PortalClient.Anonymous(factory);
        await SignInForms.PostAsync(client, "officer.cumbria");
        var replay = await client.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = code });

        Assert.Equal(CodeModel.FailureMessage, (await PortalClient.ParseAsync(replay)).FieldError("Code"));
    }

    [Theory]
    [InlineData("", "Enter the 6-digit code from your authenticator app")]
    [InlineData("12345", "The code must be 6 digits, like 123456")]
    [InlineData("12a456", "The code must be 6 digits, like 123456")]
    [InlineData("000000", "The code is not correct. Enter the code your authenticator app shows now")]
    public async Task SetUp_BadCode_IsAnsweredBesideTheField_AndKeepsTheAccountWithoutASecondFactor(string code, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        await officer.GetPageAsync(TwoFactorGateway);

        var response = await officer.PostFormAsync(TwoFactorGateway, new() { ["Code"] = code });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError("Code"));
        Assert.Equal([message], page.ErrorSummary());
        Assert.NotEmpty(page.QuerySelector("#authenticator-key")!.TextContent);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.TwoFactorEnabled).SingleAsync());
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (_, codes) = await SetUpAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));

        var client = PortalClient.Anonymous(factory);
        await SignInForms.PostAsync(client, "officer.cumbria");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Account/TwoFactor/Recovery", new() { ["RecoveryCode"] = codes[0] })).StatusCode);
        var again = PortalClient.Anonymous(factory);
        await SignInForms.PostAsync(again, "officer.cumbria");
        var reused = await again.PostFormAsync("/Account/TwoFactor/Recovery", new() { ["RecoveryCode"] = codes[0] });

        Assert.Equal(RecoveryModel.FailureMessage, (await PortalClient.ParseAsync(reused)).FieldError("RecoveryCode"));
    }

    [Fact]
    public async Task CodePage_WithoutThePasswordStep_SendsToSignIn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);

        Assert.Equal("/Account/SignIn", (await client.GetAsync("/Account/TwoFactor/Code")).Headers.Location!.OriginalString);
        Assert.Equal("/Account/SignIn", (await client.PostFormAsync("/Account/SignIn", new(), "/Account/TwoFactor/Code")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task WrongCodes_LockTheAccount()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (key, _) = await SetUpAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        var client = PortalClient.Anonymous(factory);
        await SignInForms.PostAsync(client, "officer.cumbria");
        var right = NextCode(key);
        var wrong = right == "111111" ? "222222" : "111111";
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = wrong });
        }

        var response = await client.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = right });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.LockoutEnd).SingleAsync() > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task NationalAccounts_MustSetUpTheApp_ByDefault()
    {
        // As appsettings.json has it; the rest of the suite turns it off.
        await using var factory = await PortalFactory.CreateWithSettingsAsync(new Dictionary<string, string?> { ["TwoFactor:RequiredForNationalAccounts"] = "true" }, withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin");

        var home = await admin.GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(TwoFactorGateway, home.Headers.Location!.OriginalString);
        var (key, _) = await SetUpAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
        var later = PortalClient.Anonymous(factory);
        await SignInForms.PostAsync(later, "admin");
        Assert.Equal(HttpStatusCode.Redirect, (await later.PostFormAsync("/Account/TwoFactor/Code", new() { ["Code"] = NextCode(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task ForceSetting_RequiresTheAppForPsd_AndNotForOfficers()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var forceId = await factory.ForceIdAsync("cumbria");
        var fields = new Dictionary<string, string>
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
            ["Input.Version"] = "0",
            ["Input.RequireTwoFactor"] = "true",
        };

        var saved = await admin.PostFormAsync($"/Admin/Forces/Settings/{forceId}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.Equal(TwoFactorGateway, (await psd.GetAsync("/Audit")).Headers.Location!.OriginalString);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/")).StatusCode);
        var otherForce = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Equal(HttpStatusCode.OK, (await otherForce.GetAsync("/Audit")).StatusCode);
    }

    [Fact]
    public async Task ForceSetting_NotAYesOrNo_IsAnsweredBesideTheField_AndSavesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var forceId = await factory.ForceIdAsync("cumbria");

        var response = await admin.PostFormAsync($"/Admin/Forces/Settings/{forceId}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department",
            ["Input.Version"] = "0",
            ["Input.RequireTwoFactor"] = "1,2,3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).FieldError("Input_RequireTwoFactor"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.ForceSettings.Where(s => s.ForceId == forceId).Select(s => s.RequireTwoFactor).SingleAsync());
    }

    [Fact]
    public async Task AdministratorsReset_EndsTheSecondFactor_AndIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (key, _) = await SetUpAsync(await PortalClient.SignInAsync(factory, "psd.cumbria"));
        var psdId = await UserIdAsync(factory, "psd.cumbria");
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{psdId}", new(), $"/Admin/Users/Edit/{psdId}?handler=ResetTwoFactor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var account = await db.Users.SingleAsync(u => u.Id == psdId);
        Assert.False(account.TwoFactorEnabled);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityId == psdId && e.Action == AuditAction.TwoFactorChanged && e.UserName == "admin.cumbria");
        Assert.Contains("reset by an administrator", audit.Changes);
        Assert.Equal(account.ForceId, audit.RecordForceId);
        // The old app's codes no longer matter: the password alone signs in (the force does not require the app).
        Assert.Equal("/", (await SignInForms.PostAsync(PortalClient.Anonymous(factory), "psd.cumbria")).Headers.Location!.OriginalString);
        Assert.NotEqual(key, (await PortalClient.SignInAsync(factory, "psd.cumbria").ContinueWith(t => t.Result.GetPageAsync(TwoFactorGateway)).Unwrap()).QuerySelector("#authenticator-key")!.TextContent);
    }

    [Fact]
    public async Task Reset_OfOwnAccount_IsRefusedBesideTheButton()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        await SetUpAsync(admin);
        var id = await UserIdAsync(factory, "admin.cumbria");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new(), $"/Admin/Users/Edit/{id}?handler=ResetTwoFactor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Pages.Admin.Users.EditModel.OwnTwoFactorReset], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Reset_ByWrongRole_Is403_AndByAnotherForcesAdministrator_Is404()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await SetUpAsync(await PortalClient.SignInAsync(factory, "psd.cumbria"));
        var id = await UserIdAsync(factory, "psd.cumbria");
        var url = $"/Admin/Users/Edit/{id}?handler=ResetTwoFactor";

        var byPsd = await (await PortalClient.SignInAsync(factory, "head-of-psd.cumbria")).PostFormAsync("/", new(), url);
        var byOtherForce = await (await PortalClient.SignInAsync(factory, "admin.thames-valley")).PostFormAsync("/", new(), url);

        Assert.Equal(HttpStatusCode.Forbidden, byPsd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherForce.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync());
    }

    [Fact]
    public async Task OwnPage_ShowsTheStatus_AndGivesNewRecoveryCodes()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Contains("password only", (await officer.GetPageAsync("/Account/TwoFactor")).QuerySelector("#two-factor-status")!.TextContent);
        var (_, oldCodes) = await SetUpAsync(officer);

        var response = await officer.PostFormAsync("/Account/TwoFactor", new(), "/Account/TwoFactor?handler=RecoveryCodes");

        var page = await PortalClient.ParseAsync(response);
        var newCodes = page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Contains("10 recovery codes left", page.QuerySelector("#two-factor-status")!.TextContent);
    }

    [Fact]
    public async Task DemoNationalAccounts_InDevelopmentData_SignInWithThePublishedKey()
    {
        // Development's own seeding enrols the national accounts with the key the README gives.
        var path = TestDatabase.NewPath("integrity-portal-demo");
        await using (var db = TestDatabase.OpenAsSystem(path))
        {
            await db.Database.MigrateAsync();
            await Core.Security.RoleSeeder.EnsureRolesAsync(db);
            await new DemoDataSeeder(db, withGifts: false, enrolNationalAuthenticators: true, passwordIterations: TestDatabase.PasswordIterations).SeedAsync();
        }

        await using var factory = new PortalFactory(path, settings: new Dictionary<string, string?> { ["TwoFactor:RequiredForNationalAccounts"] = "true" });
        var inspector = await PortalClient.SignInWithCodeAsync(factory, "inspector", DemoDataSeeder.AuthenticatorKey);

        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync("/")).StatusCode);
    }
}
