using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class SessionsAndRoleGrantsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Officer_SeesTheirSessions_AndSignsOutTheOtherBrowser()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await using var elsewhere = await browser.NewContextAsync(session.Server.BaseAddress.ToString());
        var other = await elsewhere.NewPageAsync();
        await other.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(other, "officer.cumbria");
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria");

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "See where you are signed in" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Your signed-in sessions");
        await Expect(page.Locator("#sessions tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#sessions")).ToContainTextAsync("This session");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out all other sessions" }));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 other session has been signed out");
        await Expect(page.Locator("#sessions tbody tr")).ToHaveCountAsync(1);
        await AssertNoAxeViolationsAsync(page);

        await other.GotoAsync("/Gifts/Declarations");
        await Expect(other).ToHaveURLAsync(new Regex("/Account/SignIn"));
        await elsewhere.CloseAsync();
    }

    [Fact]
    public async Task HeadOfPsd_ApprovesARoleTheAdministratorAskedFor()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        string accountId;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            var account = await db.Users.SingleAsync(u => u.UserName == "procurement.cumbria");
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin.cumbria");
            accountId = account.Id;
            db.RoleGrants.Add(new RoleGrant
            {
                ForceId = account.ForceId!.Value, UserId = account.Id, Role = Roles.Psd,
                RequestedByUserId = admin.Id, RequestedByUserName = admin.UserName!, RequestedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "head-of-psd.cumbria");
        await Keys.ActivateAsync(page.Locator("#attention").GetByRole(AriaRole.Link, new() { Name = "Role with PSD or chief officer powers awaiting your approval" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Roles awaiting your approval");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.Locator("#grants tbody tr").First.GetByRole(AriaRole.Link));
        await Expect(page.Locator("#grant")).ToContainTextAsync("PSD officer");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record my decision" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether you approve or refuse the role");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ChooseAsync(page.GetByLabel("Approve: give the role"));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record my decision" }));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("now has the PSD officer role");
        await Expect(page.Locator("#grants-empty")).ToBeVisibleAsync();

        await using var check = TestDatabase.OpenAsSystem(session.Server.DatabasePath);
        Assert.True(await check.UserRoles.AnyAsync(r => r.UserId == accountId && r.RoleId == Roles.Psd));
    }
}
