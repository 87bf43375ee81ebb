using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Admin;

public class UsersTests
{
    private const string NewPassword = "a-long-enough-pass";

    private static async Task<string> UserIdAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private static async Task<int> AccountCountAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.CountAsync();
    }

    /// <summary>An active person of the force without an account.</summary>
    private static async Task<int> FreePersonIdAsync(PortalFactory factory, int forceId)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.People.Where(p => p.ForceId == forceId && p.IsActive && !db.Users.Any(u => u.PersonId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    /// <summary>Whether anyone (not the demo data seeding) changed an account or its roles.</summary>
    private static Task<bool> AccountChangesAuditedAsync(Core.Data.IntegrityDbContext db) =>
        db.AuditEvents.AnyAsync(e => (e.EntityType == "ApplicationUser" || e.EntityType == "UserRole") && e.UserName != "system");

    private static Dictionary<string, string> CreateForm(string force, params string[] roles)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.UserName"] = "new.user",
            ["Input.DisplayName"] = "Nia Roberts",
            ["Input.ForceId"] = force,
            ["Input.PersonId"] = "",
            ["Input.Password"] = NewPassword,
        };
        for (var i = 0; i < roles.Length; i++)
        {
            form[$"Input.Roles[{i}]"] = roles[i];
        }

        return form;
    }

    /// <summary>The edit form as the page would post it now, unchanged.</summary>
    private static async Task<Dictionary<string, string>> EditFormAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync();
        var form = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = user.DisplayName,
            ["Input.ForceId"] = user.ForceId?.ToString() ?? AccountRules.NationalValue,
            ["Input.PersonId"] = user.PersonId?.ToString() ?? "",
            ["Input.IsDisabled"] = user.IsDisabled ? "true" : "false",
            ["Input.ConcurrencyStamp"] = user.ConcurrencyStamp!,
        };
        for (var i = 0; i < roles.Count; i++)
        {
            form[$"Input.Roles[{i}]"] = roles[i];
        }

        return form;
    }

    private static void SetRoles(Dictionary<string, string> form, params string[] roles)
    {
        foreach (var key in form.Keys.Where(k => k.StartsWith("Input.Roles")).ToList())
        {
            form.Remove(key);
        }

        for (var i = 0; i < roles.Length; i++)
        {
            form[$"Input.Roles[{i}]"] = roles[i];
        }
    }

    private static async Task<bool> CanSignInAsync(PortalFactory factory, string userName, string password = Core.Demo.DemoDataSeeder.Password)
    {
        var client = PortalClient.Anonymous(factory);
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    // ---- Access ---------------------------------------------------------------------------

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("psd.cumbria")]
    [InlineData("head-of-psd.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("inspector")]
    public async Task Get_WrongRole_ReturnsForbiddenOnEveryPage(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);
        var officer = await UserIdAsync(factory, "officer.cumbria");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/Users/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/Users/Edit/{officer}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/Users/Created/{officer}")).StatusCode);
    }

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("psd.cumbria")]
    [InlineData("head-of-psd.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("inspector")]
    public async Task Post_WrongRole_ReturnsForbiddenAndChangesNothing(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var officer = await UserIdAsync(factory, "officer.cumbria");
        var before = await AccountCountAsync(factory);

        var create = await client.PostFormAsync("/Admin/Users/Create", CreateForm(cumbria.ToString(), Roles.Administrator));
        var form = await EditFormAsync(factory, "officer.cumbria");
        form["Input.IsDisabled"] = "true";
        var edit = await client.PostFormAsync($"/Admin/Users/Edit/{officer}", form);
        var password = await client.PostFormAsync($"/Admin/Users/Edit/{officer}", new() { ["NewPassword"] = NewPassword }, $"/Admin/Users/Edit/{officer}?handler=Password");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, password.StatusCode);
        Assert.Equal(before, await AccountCountAsync(factory));
        Assert.True(await CanSignInAsync(factory, "officer.cumbria"));
    }

    [Fact]
    public async Task Get_AdministratorOfOtherForce_ReturnsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/Users/Edit/{await UserIdAsync(factory, "officer.thames-valley")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/Users/Edit/{await UserIdAsync(factory, "admin")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Users/Edit/no-such-account")).StatusCode);
    }

    [Fact]
    public async Task Post_AdministratorOfOtherForce_ReturnsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var target = await UserIdAsync(factory, "officer.thames-valley");
        var url = $"/Admin/Users/Edit/{target}";
        var form = await EditFormAsync(factory, "officer.thames-valley");
        form["Input.DisplayName"] = "Taken over";
        form["Input.IsDisabled"] = "true";

        var edit = await client.PostFormAsync(url, form);
        var password = await client.PostFormAsync(url, new() { ["NewPassword"] = NewPassword }, $"{url}?handler=Password");
        var unlock = await client.PostFormAsync(url, [], $"{url}?handler=Unlock");

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, password.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var user = await db.Users.SingleAsync(u => u.Id == target);
        Assert.NotEqual("Taken over", user.DisplayName);
        Assert.False(user.IsDisabled);
        Assert.False(await AccountChangesAuditedAsync(db));
        Assert.True(await CanSignInAsync(factory, "officer.thames-valley"));
    }

    // ---- List -----------------------------------------------------------------------------

    [Fact]
    public async Task Get_ForceAdministrator_ListsOnlyOwnForceAccounts()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");

        var page = await client.GetPageAsync("/Admin/Users");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal("Cumbria Constabulary", r.QuerySelectorAll("td")[2].TextContent));
        Assert.Null(page.QuerySelector("#Force"));
        Assert.NotNull(page.QuerySelector("a#create-account[href='/Admin/Users/Create']"));
    }

    [Fact]
    public async Task Get_NationalAdministrator_ListsEveryAccountInPagesOf25()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");

        var first = await client.GetPageAsync("/Admin/Users");
        var third = await client.GetPageAsync("/Admin/Users?page=3");

        Assert.Equal("62 accounts", first.QuerySelector("#result-count")!.TextContent);
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(12, third.QuerySelectorAll("tbody tr").Length);
        var names = first.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.NotNull(first.QuerySelector("a[rel=next][href='/Admin/Users?page=2']"));
    }

    [Fact]
    public async Task Edit_FromAFilteredList_KeepsTheListOnTheWayBack_AndOffersTheNextAccount()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var list = await client.GetPageAsync("/Admin/Users?Role=psd");
        var links = list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count > 1, "the demonstration data should hold several PSD accounts");
        Assert.All(links, href => Assert.EndsWith("?Role=psd", href));

        // The account's page leads back to the list and on to the next account; its forms keep the list.
        var first = await client.GetPageAsync(links[0]);
        Assert.Equal("/Admin/Users?Role=psd", first.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));
        Assert.Equal(links[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.Equal(links[0] + "&handler=Password", first.QuerySelector("#password-form")!.GetAttribute("action"));
        Assert.Null((await client.GetPageAsync(links[^1])).QuerySelector("#next-in-list"));

        // A save returns to the same list.
        var userName = list.QuerySelector("tbody tr td")!.TextContent;
        var response = await client.PostFormAsync(links[0], await EditFormAsync(factory, userName));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Users?Role=psd", response.Headers.Location!.OriginalString);

        // The page of the list is kept too; a page that cannot be read is the first.
        var second = await client.GetPageAsync("/Admin/Users?page=2");
        var fromSecond = await client.GetPageAsync(second.QuerySelector("tbody a")!.GetAttribute("href")!);
        Assert.Equal("/Admin/Users?page=2", fromSecond.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));
        var tampered = await client.GetPageAsync(links[0].Replace("?Role=psd", "?page=abc"));
        Assert.Equal("/Admin/Users", tampered.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_NationalAdministrator_FiltersBySearchRoleAndForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var national = await client.GetPageAsync("/Admin/Users?Force=national");
        var psd = await client.GetPageAsync("/Admin/Users?Role=psd");
        var psdCumbria = await client.GetPageAsync($"/Admin/Users?Role=psd&Force={cumbria}");
        var search = await client.GetPageAsync("/Admin/Users?Search=HMIC");

        var nationalRows = national.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["admin", "inspector"], nationalRows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.All(nationalRows, r => Assert.Equal("All forces", r.QuerySelectorAll("td")[2].TextContent));
        Assert.Equal("Inspector (HMIC)", nationalRows[1].QuerySelectorAll("td")[3].TextContent);
        Assert.Equal(6, psd.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["psd.cumbria"], psdCumbria.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Equal(["inspector"], search.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent));
    }

    [Theory]
    [InlineData("/Admin/Users?page=abc")]
    [InlineData("/Admin/Users?page=-5")]
    [InlineData("/Admin/Users?page=99999999999")]
    [InlineData("/Admin/Users?Force=abc&Role=no-such-role")]
    [InlineData("/Admin/Users?Force=999999")]
    public async Task Get_OddQuery_AnswersPageWithoutError(string url)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");

        var page = await client.GetPageAsync(url + "&Search=" + new string('x', 5000));

        Assert.DoesNotContain("Error:", page.Title);
    }

    // ---- Create ---------------------------------------------------------------------------

    [Fact]
    public async Task Post_Create_ValidAccount_CanSignInSeesItsForceAndIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var person = await FreePersonIdAsync(factory, cumbria);
        var form = CreateForm(cumbria.ToString(), Roles.Officer, Roles.PressOffice);
        form["Input.PersonId"] = person.ToString();

        var response = await client.PostFormAsync("/Admin/Users/Create", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A confirmation panel with the user name, the roles and what to do next; no form.
        var panel = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal("Account created", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("new.user", panel.QuerySelector("#reference")!.TextContent);
        Assert.Equal("Officer or staff member, Press office", panel.QuerySelector("#roles-now")!.TextContent);
        Assert.Null(panel.QuerySelector("#awaiting-approval"));
        Assert.Contains("by separate, secure routes", panel.QuerySelector("#next")!.TextContent);
        Assert.Null(panel.QuerySelector("main form[method=post]"));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "new.user");
            Assert.Equal($"/Admin/Users/Edit/{user.Id}", panel.QuerySelector("#go-to-account")!.GetAttribute("href"));
            Assert.Equal("Nia Roberts", user.DisplayName);
            Assert.Equal(cumbria, user.ForceId);
            Assert.Equal(person, user.PersonId);
            Assert.Equal([Roles.Officer, Roles.PressOffice], (await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync()).Order());
            var created = await db.AuditEvents.SingleAsync(e => e.EntityType == "ApplicationUser" && e.Action == AuditAction.Created && e.UserName != "system");
            Assert.Equal(user.Id, created.EntityId);
            Assert.Equal("admin.cumbria", created.UserName);
            Assert.Equal(cumbria, created.RecordForceId);
            Assert.DoesNotContain(NewPassword, created.Changes);
            var roleEvents = await db.AuditEvents.Where(e => e.EntityType == "UserRole" && e.Action == AuditAction.Created && e.UserName != "system").ToListAsync();
            Assert.Equal([$"{user.Id}:{Roles.Officer}", $"{user.Id}:{Roles.PressOffice}"], roleEvents.Select(e => e.EntityId).Order());
            Assert.All(roleEvents, e => Assert.Equal(cumbria, e.RecordForceId));
        }

        var newcomer = await PortalClient.SignInAsync(factory, "new.user", NewPassword);
        var home = await newcomer.GetPageAsync("/");
        Assert.Equal("Cumbria Constabulary", home.QuerySelector("h1 .govuk-caption-l")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task Post_Create_NationalAdministratorCreatesNationalInspector()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");

        var response = await client.PostFormAsync("/Admin/Users/Create", CreateForm(AccountRules.NationalValue, Roles.Inspector));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var inspector = await PortalClient.SignInAsync(factory, "new.user", NewPassword);
        Assert.Equal("All forces", (await inspector.GetPageAsync("/")).QuerySelector("h1 .govuk-caption-l")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Create_ShowsAccessibleForm()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var page = await client.GetPageAsync("/Admin/Users/Create");

        Assert.Equal("Roles", page.QuerySelector("fieldset legend")!.TextContent.Trim());
        Assert.Equal(Roles.ForceRoles.Count, page.QuerySelectorAll("fieldset input[type=checkbox][name='Input.Roles']").Length);
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select"), control =>
            Assert.NotNull(page.QuerySelector($"label[for='{control.Id}']")));
        // A force administrator is offered their own force, chosen already, and no national option.
        Assert.Equal([cumbria.ToString()], page.QuerySelectorAll("#Input_ForceId option:not([value=''])").Select(o => o.GetAttribute("value")));
        Assert.Equal(cumbria.ToString(), page.QuerySelector("#Input_ForceId option[selected]")!.GetAttribute("value"));
    }

    public static TheoryData<string, string, string, string> CreateRuleBreaches => new()
    {
        // actor, field to change (key=value;key=value), field id, message
        { "admin.cumbria", "Input.ForceId=national;Input.Roles[0]=admin", "Input_ForceId", AccountMessages.NationalOnlyForNationalAdministrator },
        { "admin.cumbria", "Input.Roles[0]=inspector", "Input_Roles", AccountMessages.InspectorOnlyNational },
        { "admin", "Input.Roles[0]=inspector", "Input_Roles", AccountMessages.InspectorOnlyNational },
        { "admin", "Input.ForceId=national;Input.Roles[0]=officer", "Input_Roles", AccountMessages.NationalAccountRoles },
        { "admin.cumbria", "Input.ForceId={thames-valley}", "Input_ForceId", AccountMessages.ForceOutsideScope },
        { "admin.cumbria", "Input.ForceId=999999", "Input_ForceId", AccountMessages.ForceFromList },
        { "admin.cumbria", "Input.ForceId=not-a-number", "Input_ForceId", AccountMessages.ForceFromList },
        { "admin.cumbria", "Input.ForceId=", "Input_ForceId", AccountMessages.ChooseForce },
        { "admin.cumbria", "Input.Roles[0]=superuser", "Input_Roles", AccountMessages.RoleFromList },
        { "admin.cumbria", "Input.Roles[0]=", "Input_Roles", AccountMessages.ChooseRole },
        { "admin.cumbria", "Input.UserName=officer.cumbria", "Input_UserName", AccountMessages.UserNameTaken },
        { "admin.cumbria", "Input.UserName=OFFICER.CUMBRIA", "Input_UserName", AccountMessages.UserNameTaken },
        { "admin.cumbria", "Input.UserName=", "Input_UserName", "Enter a user name" },
        { "admin.cumbria", "Input.UserName=new user!", "Input_UserName", "User name must only include letters, numbers, full stops, hyphens and underscores" },
        { "admin.cumbria", $"Input.UserName={new string('a', 257)}", "Input_UserName", "User name must be 256 characters or fewer" },
        { "admin.cumbria", "Input.DisplayName=", "Input_DisplayName", "Enter a display name" },
        { "admin.cumbria", $"Input.DisplayName={new string('a', 201)}", "Input_DisplayName", "Display name must be 200 characters or fewer" },
        { "admin.cumbria", "Input.PersonId=abc", "Input_PersonId", AccountMessages.PersonFromList },
        { "admin.cumbria", "Input.PersonId=999999", "Input_PersonId", AccountMessages.PersonFromList },
        { "admin.cumbria", "Input.Password=", "Input_Password", "Enter an initial password" },
        { "admin.cumbria", "Input.Password=elevenchars", "Input_Password", "Passwords must be at least 12 characters" },
        { "admin.cumbria", $"Input.Password={new string('p', 129)}", "Input_Password", "Password must be 128 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(CreateRuleBreaches))]
    public async Task Post_Create_RuleBroken_ShowsMessageKeepsInputAndWritesNothing(string actor, string changes, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, actor);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var form = CreateForm(cumbria.ToString(), Roles.Officer);
        foreach (var change in changes.Split(';'))
        {
            var (key, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            form[key] = value.Replace("{thames-valley}", thamesValley.ToString());
        }

        var before = await AccountCountAsync(factory);
        var response = await client.PostFormAsync("/Admin/Users/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.ErrorSummary());
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(form["Input.UserName"], page.QuerySelector("#Input_UserName")!.GetAttribute("value"));
        Assert.Equal(form["Input.DisplayName"], page.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Input_Password")!.GetAttribute("value"));
        Assert.Equal(before, await AccountCountAsync(factory));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await AccountChangesAuditedAsync(db));
    }

    [Fact]
    public async Task Post_Create_PersonOfOtherForceOrWithAccount_Refused()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        int linked;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            linked = (await db.Users.SingleAsync(u => u.UserName == "officer.cumbria")).PersonId!.Value;
        }

        var otherForce = CreateForm(cumbria.ToString(), Roles.Officer);
        otherForce["Input.PersonId"] = (await FreePersonIdAsync(factory, thamesValley)).ToString();
        var hasAccount = CreateForm(cumbria.ToString(), Roles.Officer);
        hasAccount["Input.PersonId"] = linked.ToString();
        var national = CreateForm(AccountRules.NationalValue, Roles.Inspector);
        national["Input.PersonId"] = (await FreePersonIdAsync(factory, cumbria)).ToString();

        var first = await PortalClient.ParseAsync(await client.PostFormAsync("/Admin/Users/Create", otherForce));
        var second = await PortalClient.ParseAsync(await client.PostFormAsync("/Admin/Users/Create", hasAccount));
        var third = await PortalClient.ParseAsync(await client.PostFormAsync("/Admin/Users/Create", national));

        Assert.Equal(AccountMessages.PersonOfOtherForce, first.FieldError("Input_PersonId"));
        Assert.Equal(AccountMessages.PersonHasAccount, second.FieldError("Input_PersonId"));
        Assert.Equal(AccountMessages.NationalAccountPerson, third.FieldError("Input_PersonId"));
        Assert.Equal(62, await AccountCountAsync(factory));
    }

    [Fact]
    public async Task Post_Create_ForceAdministratorCannotLinkPersonOfOtherForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var form = CreateForm(cumbria.ToString(), Roles.Officer);
        form["Input.PersonId"] = (await FreePersonIdAsync(factory, await factory.ForceIdAsync("thames-valley"))).ToString();

        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/Admin/Users/Create", form));

        // Another force's people are outside the administrator's scope: as if they did not exist.
        Assert.Equal(AccountMessages.PersonFromList, page.FieldError("Input_PersonId"));
        Assert.Equal(62, await AccountCountAsync(factory));
    }

    // ---- Edit -----------------------------------------------------------------------------

    [Fact]
    public async Task Post_Edit_ChangesDisplayNameAndRoles_AndAudits()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "press-office.cumbria");
        var form = await EditFormAsync(factory, "press-office.cumbria");
        form["Input.DisplayName"] = "Renamed Person";
        SetRoles(form, Roles.Procurement);

        var response = await client.PostFormAsync($"/Admin/Users/Edit/{id}", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("Renamed Person", (await db.Users.SingleAsync(u => u.Id == id)).DisplayName);
        Assert.Equal([Roles.Procurement], await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).ToListAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "UserRole" && e.Action == AuditAction.Removed && e.EntityId == $"{id}:{Roles.PressOffice}"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "UserRole" && e.Action == AuditAction.Created && e.EntityId == $"{id}:{Roles.Procurement}"));
        var changed = await db.AuditEvents.SingleAsync(e => e.EntityType == "ApplicationUser" && e.Action == AuditAction.Changed && e.EntityId == id && e.UserName != "system");
        Assert.Contains("Renamed Person", changed.Changes);
    }

    [Fact]
    public async Task Post_Edit_RoleRemoval_TakesEffectForExistingSessionAndNewSignIn()
    {
        var clock = new ShiftedClock();
        await using var factory = await PortalFactory.CreateAsync(clock);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        await admin.PostFormAsync("/Admin/Users/Create", CreateForm(cumbria.ToString(), Roles.Officer, Roles.Administrator));
        var deputy = await PortalClient.SignInAsync(factory, "new.user", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync("/Admin/Users")).StatusCode);
        var id = await UserIdAsync(factory, "new.user");
        var form = await EditFormAsync(factory, "new.user");
        SetRoles(form, Roles.Officer);

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", form);
        clock.Shift = TimeSpan.FromMinutes(6); // past the security stamp's revalidation interval

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await deputy.GetAsync("/Admin/Users")).StatusCode);
        var again = await PortalClient.SignInAsync(factory, "new.user", NewPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task Post_Edit_Disable_PreventsSignInAndEnableRestoresIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "officer.cumbria");
        var form = await EditFormAsync(factory, "officer.cumbria");
        form["Input.IsDisabled"] = "true";

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/Edit/{id}", form)).StatusCode);
        Assert.False(await CanSignInAsync(factory, "officer.cumbria"));
        var list = await admin.GetPageAsync("/Admin/Users?Search=officer.cumbria");
        Assert.Equal("Disabled", list.QuerySelector("tbody tr td:nth-child(6)")!.TextContent.Trim());

        var enable = await EditFormAsync(factory, "officer.cumbria");
        enable["Input.IsDisabled"] = "false";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Admin/Users/Edit/{id}", enable)).StatusCode);
        Assert.True(await CanSignInAsync(factory, "officer.cumbria"));
    }

    [Fact]
    public async Task Post_Edit_OwnAccount_CannotDisableOrChangeOwnRoles()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "admin.cumbria");
        var form = await EditFormAsync(factory, "admin.cumbria");
        form["Input.IsDisabled"] = "true";
        SetRoles(form, Roles.Officer);

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(RoleGrantWorkflow.OwnRoles, page.FieldError("Input_Roles"));
        Assert.Equal(AccountMessages.OwnAccountDisabled, page.FieldError("Input_IsDisabled"));
        Assert.Contains(RoleGrantWorkflow.OwnRoles, page.ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False((await db.Users.SingleAsync(u => u.Id == id)).IsDisabled);
        Assert.Equal([Roles.Administrator], await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).ToListAsync());
        Assert.False(await AccountChangesAuditedAsync(db));
    }

    [Theory]
    [InlineData("Input.ForceId", "national", "Input_ForceId", AccountMessages.NationalOnlyForNationalAdministrator)]
    [InlineData("Input.Roles[0]", "inspector", "Input_Roles", AccountMessages.InspectorOnlyNational)]
    [InlineData("Input.Roles[0]", "superuser", "Input_Roles", AccountMessages.RoleFromList)]
    [InlineData("Input.ForceId", "abc", "Input_ForceId", AccountMessages.ForceFromList)]
    [InlineData("Input.PersonId", "abc", "Input_PersonId", AccountMessages.PersonFromList)]
    [InlineData("Input.IsDisabled", "perhaps", "Input_IsDisabled", "Enter a valid choice")]
    public async Task Post_Edit_RuleBroken_ShowsMessageAndWritesNothing(string key, string value, string field, string? message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "officer.cumbria");
        var form = await EditFormAsync(factory, "officer.cumbria");
        form["Input.DisplayName"] = "Changed name";
        form[key] = value;

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.NotNull(page.FieldError(field));
        if (message is not null)
        {
            Assert.Equal(message, page.FieldError(field));
        }

        Assert.Equal("Changed name", page.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.NotEqual("Changed name", (await db.Users.SingleAsync(u => u.Id == id)).DisplayName);
        Assert.False(await AccountChangesAuditedAsync(db));
    }

    [Fact]
    public async Task Post_Edit_ForceAdministratorCannotMoveAccountToOtherForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "officer.cumbria");
        var form = await EditFormAsync(factory, "officer.cumbria");
        form["Input.ForceId"] = (await factory.ForceIdAsync("thames-valley")).ToString();
        form["Input.PersonId"] = "";

        var page = await PortalClient.ParseAsync(await admin.PostFormAsync($"/Admin/Users/Edit/{id}", form));

        Assert.Equal(AccountMessages.ForceOutsideScope, page.FieldError("Input_ForceId"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(await factory.ForceIdAsync("cumbria"), (await db.Users.SingleAsync(u => u.Id == id)).ForceId);
    }

    [Fact]
    public async Task Post_Edit_StaleConcurrencyStamp_ToldChangedBySomeoneElseAndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var first = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var second = await PortalClient.SignInAsync(factory, "admin");
        var id = await UserIdAsync(factory, "officer.cumbria");
        var url = $"/Admin/Users/Edit/{id}";
        // Both opened the form with the same stamp; the first saves, then the second.
        var firstForm = await EditFormAsync(factory, "officer.cumbria");
        var secondForm = new Dictionary<string, string>(firstForm);
        firstForm["Input.DisplayName"] = "First";
        secondForm["Input.DisplayName"] = "Second";
        SetRoles(secondForm, Roles.Officer, Roles.Administrator);

        var won = await first.PostFormAsync(url, firstForm);
        var lost = await second.PostFormAsync(url, secondForm);

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, (await PortalClient.ParseAsync(lost)).ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("First", (await db.Users.SingleAsync(u => u.Id == id)).DisplayName);
        Assert.Equal([Roles.Officer], await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).ToListAsync());
    }

    [Theory]
    [InlineData(11, "Passwords must be at least 12 characters")]
    [InlineData(129, "Password must be 128 characters or fewer")]
    [InlineData(0, "Enter a new password")]
    public async Task Post_Password_WrongLength_RefusedAndOldPasswordStillWorks(int length, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "officer.cumbria");
        var url = $"/Admin/Users/Edit/{id}";

        var response = await admin.PostFormAsync(url, new() { ["NewPassword"] = new string('p', length) }, $"{url}?handler=Password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError("NewPassword"));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal("", page.QuerySelector("#NewPassword")!.GetAttribute("value"));
        Assert.True(await CanSignInAsync(factory, "officer.cumbria"));
    }

    [Fact]
    public async Task Post_Password_Valid_NewPasswordWorksOldDoesNot()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var id = await UserIdAsync(factory, "officer.cumbria");
        var url = $"/Admin/Users/Edit/{id}";

        var response = await admin.PostFormAsync(url, new() { ["NewPassword"] = NewPassword }, $"{url}?handler=Password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await CanSignInAsync(factory, "officer.cumbria"));
        Assert.True(await CanSignInAsync(factory, "officer.cumbria", NewPassword));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "ApplicationUser" && e.EntityId == id && e.UserName != "system");
        Assert.DoesNotContain(NewPassword, audit.Changes);
    }

    [Fact]
    public async Task Post_Unlock_LockedOutAccountCanSignInAgain()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        for (var i = 0; i < 5; i++)
        {
            await CanSignInAsync(factory, "officer.cumbria", "wrong-password-here");
        }

        Assert.False(await CanSignInAsync(factory, "officer.cumbria"));
        var id = await UserIdAsync(factory, "officer.cumbria");
        var url = $"/Admin/Users/Edit/{id}";
        var list = await admin.GetPageAsync("/Admin/Users?Search=officer.cumbria");
        Assert.Equal("Locked out", list.QuerySelector("tbody tr td:nth-child(6)")!.TextContent.Trim());
        Assert.NotNull((await admin.GetPageAsync(url)).QuerySelector("#unlock"));

        var response = await admin.PostFormAsync(url, [], $"{url}?handler=Unlock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await CanSignInAsync(factory, "officer.cumbria"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostWithoutTokenAsync("/Admin/Users/Create", CreateForm(cumbria.ToString(), Roles.Officer));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(62, await AccountCountAsync(factory));
    }
}
