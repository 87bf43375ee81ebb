using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.People;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Admin.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Admin;

public class PeopleTests
{
    private static async Task<Person> PersonAsync(PortalFactory factory, string forceCode, PoliceRank rank)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.People.AsNoTracking().Where(p => p.Force!.Code == forceCode && p.Rank == rank).OrderBy(p => p.Id).FirstAsync();
    }

    private static async Task<int> DepartmentIdAsync(PortalFactory factory, string forceCode, string name)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Departments.Where(d => d.Force!.Code == forceCode && d.Name == name).Select(d => d.Id).SingleAsync();
    }

    private static async Task<int> PeopleCountAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.People.CountAsync();
    }

    private static async Task<bool> AnyPersonAuditAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.AuditEvents.AnyAsync(e => e.EntityType == "Person" && e.UserName != "system");
    }

    private static Dictionary<string, string> NewOfficer(int forceId, int? departmentId = null, int? lineManagerId = null) => new()
    {
        ["Input.ForceId"] = forceId.ToString(),
        ["Input.Kind"] = "Officer",
        ["Input.Number"] = "4242",
        ["Input.GivenName"] = "Bethan",
        ["Input.FamilyName"] = "Aldridge",
        ["Input.Rank"] = "Sergeant",
        ["Input.Grade"] = "",
        ["Input.DepartmentId"] = departmentId?.ToString() ?? "",
        ["Input.LineManagerId"] = lineManagerId?.ToString() ?? "",
        ["Input.IsActive"] = "true",
    };

    private static Dictionary<string, string> FormOf(Person p) => new()
    {
        ["Input.Kind"] = p.Kind.ToString(),
        ["Input.Number"] = p.Number,
        ["Input.GivenName"] = p.GivenName,
        ["Input.FamilyName"] = p.FamilyName,
        ["Input.Rank"] = p.Rank?.ToString() ?? "",
        ["Input.Grade"] = p.Grade ?? "",
        ["Input.DepartmentId"] = p.DepartmentId?.ToString() ?? "",
        ["Input.LineManagerId"] = p.LineManagerId?.ToString() ?? "",
        ["Input.IsActive"] = p.IsActive ? "true" : "false",
        ["Input.Version"] = p.Version.ToString(),
    };

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string key, string value) =>
        new(fields) { [key] = value };

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("psd.cumbria")]
    [InlineData("head-of-psd.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("inspector")]
    public async Task Get_WrongRole_ReturnsForbidden(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var chief = await PersonAsync(factory, "cumbria", PoliceRank.ChiefConstable);
        var before = await PeopleCountAsync(factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/People")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/People/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/People/Edit/{chief.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/People/Added/{chief.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Admin/People/Edit", NewOfficer(cumbria))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/Admin/People/Edit/{chief.Id}", With(FormOf(chief), "Input.GivenName", "Changed"))).StatusCode);
        Assert.Equal(before, await PeopleCountAsync(factory));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Get_ForceAdministrator_SeesOnlyOwnForceWithoutForceColumn()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var cumbriaCount = await db.People.CountAsync(p => p.Force!.Code == "cumbria");

        var page = await client.GetPageAsync("/Admin/People");

        Assert.Equal(cumbriaCount, page.QuerySelectorAll("tbody tr").Length);
        Assert.DoesNotContain("Force", page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Null(page.QuerySelector("#ForceId"));
        Assert.NotNull(page.QuerySelector("a[href='/Admin/Departments']"));
        Assert.NotNull(page.QuerySelector("a.govuk-button[href='/Admin/People/Edit']"));
        var names = page.QuerySelectorAll("tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        var ordered = await db.People.Where(p => p.Force!.Code == "cumbria")
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Select(p => p.GivenName + " " + p.FamilyName).ToListAsync();
        Assert.Equal(ordered, names);
    }

    [Fact]
    public async Task Get_NationalAdministrator_SeesSeveralForcesOnSeveralPages()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var total = await db.People.CountAsync();

        var first = await client.GetPageAsync("/Admin/People");
        var second = await client.GetPageAsync("/Admin/People?page=2");

        Assert.Equal(PagedList<PersonRow>.DefaultPageSize, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Force", first.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.NotNull(first.QuerySelector("#ForceId"));
        Assert.Contains($"Page 1 of {(int)Math.Ceiling(total / 25.0)}", first.QuerySelector(".govuk-pagination")!.TextContent);
        Assert.Contains($"Page 2 of {(int)Math.Ceiling(total / 25.0)}", second.QuerySelector(".govuk-pagination")!.TextContent);
        var forceColumn = Array.IndexOf(first.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToArray(), "Force");
        var forces = first.QuerySelectorAll("tbody tr").Concat(second.QuerySelectorAll("tbody tr"))
            .Select(r => r.Children[forceColumn].TextContent.Trim()).Distinct().Count();
        Assert.True(forces > 1, "the first two pages should hold people of several forces");
        var firstLinks = first.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(second.QuerySelectorAll("tbody a"), a => Assert.DoesNotContain(a.GetAttribute("href"), firstLinks));
    }

    [Fact]
    public async Task Edit_FromAFilteredList_KeepsTheListOnTheWayBack_AndOffersTheNextPerson()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        int cumbria;
        List<Person> expected;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            expected = await db.People.AsNoTracking().Where(p => p.ForceId == cumbria && p.Kind == PersonKind.Officer && p.IsActive)
                .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id).ToListAsync();
        }

        Assert.True(expected.Count > 1, "the demonstration data should hold several active officers in Cumbria");
        var list = $"/Admin/People?ForceId={cumbria}&Kind=Officer&Status=active";
        var page = await client.GetPageAsync(list);

        // Each person's link carries the list, and their page leads back to it and on to the next person.
        var change = page.QuerySelector("tbody a")!.GetAttribute("href")!;
        Assert.Equal($"/Admin/People/Edit/{expected[0].Id}?ForceId={cumbria}&Kind=Officer&Status=active", change);
        var first = await client.GetPageAsync(change);
        Assert.Equal(list, first.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));
        Assert.Equal($"/Admin/People/Edit/{expected[1].Id}?ForceId={cumbria}&Kind=Officer&Status=active", first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        var last = await client.GetPageAsync($"/Admin/People/Edit/{expected[^1].Id}?ForceId={cumbria}&Kind=Officer&Status=active");
        Assert.Null(last.QuerySelector("#next-in-list"));

        // A save returns to the same list, its filters kept.
        var response = await client.PostFormAsync(change, With(FormOf(expected[0]), "Input.GivenName", expected[0].GivenName + "e"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(list, response.Headers.Location!.OriginalString);

        // A list value edited by hand is not applied and does not stop the page.
        var tampered = await client.GetPageAsync($"/Admin/People/Edit/{expected[0].Id}?ForceId=abc&Kind=Nonsense&page=x");
        Assert.Equal("/Admin/People", tampered.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_PaginationLinks_KeepFilters()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");

        var page = await client.GetPageAsync("/Admin/People?Kind=Officer&Status=active");

        var next = page.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains("Kind=Officer", next);
        Assert.Contains("Status=active", next);
        Assert.Contains("page=2", next);
        var second = await client.GetPageAsync(next);
        Assert.NotEmpty(second.QuerySelectorAll("tbody tr"));
        Assert.Equal("Officer", second.QuerySelector("input[name=Kind][checked]")!.GetAttribute("value"));
        Assert.Equal("active", second.QuerySelector("input[name=Status][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_NationalAdministratorForceFilter_ShowsOnlyThatForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var page = await client.GetPageAsync($"/Admin/People?ForceId={cumbria}");

        var forceColumn = Array.IndexOf(page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToArray(), "Force");
        Assert.All(page.QuerySelectorAll("tbody tr"), r => Assert.Equal("Cumbria Constabulary", r.Children[forceColumn].TextContent.Trim()));
        // "Add a person" carries the list, so the new person is in the force the list shows.
        Assert.Equal($"/Admin/People/Edit?ForceId={cumbria}", page.QuerySelector("a.govuk-button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Filters_AreApplied()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var crime = await DepartmentIdAsync(factory, "cumbria", "Crime Investigation");
        var chief = await PersonAsync(factory, "cumbria", PoliceRank.ChiefConstable);

        var byNumber = await client.GetPageAsync($"/Admin/People?Search={chief.Number}");
        var byName = await client.GetPageAsync($"/Admin/People?Search={Uri.EscapeDataString(chief.FamilyName.ToLowerInvariant())}");
        var staff = await client.GetPageAsync("/Admin/People?Kind=Staff");
        var department = await client.GetPageAsync($"/Admin/People?DepartmentId={crime}");
        var inactive = await client.GetPageAsync("/Admin/People?Status=inactive");
        var wildcard = await client.GetPageAsync("/Admin/People?Search=%25");

        Assert.Contains(chief.Number, byNumber.QuerySelectorAll("tbody tr td:nth-of-type(1)").Select(td => td.TextContent));
        Assert.All(byName.QuerySelectorAll("tbody tr th"), th => Assert.Contains(chief.FamilyName, th.TextContent));
        Assert.NotEmpty(staff.QuerySelectorAll("tbody tr"));
        Assert.All(staff.QuerySelectorAll("tbody tr td:nth-of-type(2)"), td => Assert.StartsWith("Grade", td.TextContent));
        Assert.NotEmpty(department.QuerySelectorAll("tbody tr"));
        Assert.All(department.QuerySelectorAll("tbody tr td:nth-of-type(3)"), td => Assert.Equal("Crime Investigation", td.TextContent));
        Assert.Empty(inactive.QuerySelectorAll("tbody tr"));
        Assert.Contains("No people match", inactive.Body!.TextContent);
        Assert.Empty(wildcard.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("/Admin/People?DepartmentId=abc&Kind=Wizard&ForceId=x&Status=maybe&page=zz")]
    [InlineData("/Admin/People?Kind=99&page=-5")]
    [InlineData("/Admin/People?page=99999")]
    public async Task Get_UnreadableFilters_AreIgnored(string url)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");

        var page = await client.GetPageAsync(url + "&Search=" + new string('x', 5000));

        Assert.DoesNotContain("Error:", page.Title);
    }

    [Theory]
    [InlineData("/Admin/People/Edit/abc")]
    [InlineData("/Admin/People/Edit?id=abc")]
    [InlineData("/Admin/People/Edit/999999")]
    public async Task Get_UnknownOrUnreadableId_ReturnsNotFound(string url)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_AdministratorOfOtherForce_ReturnsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var other = await PersonAsync(factory, "thames-valley", PoliceRank.ChiefConstable);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/People/Edit/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_AdministratorOfOtherForce_ReturnsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var other = await PersonAsync(factory, "thames-valley", PoliceRank.ChiefConstable);

        var response = await client.PostFormAsync($"/Admin/People/Edit/{other.Id}", With(FormOf(other), "Input.GivenName", "Taken over"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await db.People.SingleAsync(p => p.Id == other.Id);
        Assert.Equal(other.GivenName, after.GivenName);
        Assert.Equal(0, after.Version);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EntityType == "Person" && e.UserName != "system"));
    }

    [Fact]
    public async Task Get_Create_ForceAdministratorSeesOwnForceAsText()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var page = await client.GetPageAsync("/Admin/People/Edit");

        Assert.Equal("hidden", page.QuerySelector("#Input_ForceId")!.GetAttribute("type"));
        Assert.Equal(cumbria.ToString(), page.QuerySelector("#Input_ForceId")!.GetAttribute("value"));
        Assert.Contains("Cumbria Constabulary", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(9, page.QuerySelectorAll("#Input_Rank option:not([value=''])").Length);
        Assert.Contains("Chief Superintendent", page.QuerySelectorAll("#Input_Rank option").Select(o => o.TextContent));
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select"), field =>
            Assert.NotNull(page.QuerySelector($"label[for='{field.Id}']")));
    }

    [Fact]
    public async Task Post_Create_SavesAndWritesAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var department = await DepartmentIdAsync(factory, "cumbria", "Local Policing");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);

        var response = await client.PostFormAsync("/Admin/People/Edit", NewOfficer(cumbria, department, inspector.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var created = await db.People.SingleAsync(p => p.ForceId == cumbria && p.Number == "4242");
        Assert.Equal($"/Admin/People/Added/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Bethan", "Aldridge", PersonKind.Officer, PoliceRank.Sergeant), (created.GivenName, created.FamilyName, created.Kind, created.Rank));
        Assert.Null(created.Grade);
        Assert.Equal(department, created.DepartmentId);
        Assert.Equal(inspector.Id, created.LineManagerId);
        Assert.True(created.IsActive);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "Person" && e.UserName != "system" && e.Action == AuditAction.Created);
        Assert.Equal("admin.cumbria", audit.UserName);
        Assert.Equal(created.Id.ToString(), audit.EntityId);
        Assert.Equal(cumbria, audit.RecordForceId);
    }

    [Fact]
    public async Task Post_Create_LeadsToTheConfirmation_WhichKeepsTheList_AndAReloadAddsNoOne()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var department = await DepartmentIdAsync(factory, "cumbria", "Local Policing");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        var state = $"ForceId={cumbria}&Kind=Officer&Status=active";

        // "Add a person" from a filtered list: the form posts back to an address that carries the list.
        var response = await client.PostFormAsync($"/Admin/People/Edit?{state}", NewOfficer(cumbria, department, inspector.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = await db.People.Where(p => p.ForceId == cumbria && p.Number == "4242").Select(p => p.Id).SingleAsync();
        }

        var url = response.Headers.Location!.OriginalString;
        Assert.Equal($"/Admin/People/Added/{id}?{state}", url);
        var before = await PeopleCountAsync(factory);
        var panel = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(before, await PeopleCountAsync(factory));

        Assert.Equal("Person added", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("Bethan Aldridge, Sergeant", panel.QuerySelector("#reference")!.TextContent);
        Assert.Equal("4242", panel.QuerySelector("#number")!.TextContent);
        Assert.Equal(inspector.NameAndRankOrGrade, panel.QuerySelector("#line-manager")!.TextContent);
        var next = panel.QuerySelector("#next")!.TextContent;
        Assert.Contains("create their account under user accounts", next);
        Assert.Contains($"{inspector.FullName}, as their line manager, sees their declarations", next);
        Assert.Null(panel.QuerySelector("main form"));
        Assert.Equal($"/Admin/People/Edit/{id}?{state}", panel.QuerySelector("#go-to-person")!.GetAttribute("href"));
        Assert.Equal($"/Admin/People?{state}", panel.QuerySelector("#back-to-people")!.GetAttribute("href"));
        // Adding a person does not read their integrity record, so the confirmation records no read either.
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.Action == AuditAction.Read && e.EntityId == id.ToString()));
    }

    [Fact]
    public async Task Post_Edit_StillReturnsToTheListWithItsBanner_AndAnotherForcesPersonIsNotFoundOnTheConfirmation()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        var other = await PersonAsync(factory, "thames-valley", PoliceRank.Inspector);

        var response = await client.PostFormAsync($"/Admin/People/Edit/{inspector.Id}", With(FormOf(inspector), "Input.GivenName", inspector.GivenName + "e"));

        Assert.Equal("/Admin/People", response.Headers.Location!.OriginalString);
        var list = await client.GetPageAsync("/Admin/People");
        Assert.Contains($"Changes to {inspector.GivenName}e {inspector.FamilyName} saved", list.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/People/Added/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Admin/People/Added/{inspector.Id}")).StatusCode);
    }

    [Fact]
    public async Task Post_Create_NationalAdministratorChoosesForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var department = await DepartmentIdAsync(factory, "thames-valley", "Procurement");

        var form = await client.GetPageAsync("/Admin/People/Edit");
        Assert.Equal(6, form.QuerySelectorAll("#Input_ForceId option[value]:not([value=''])").Length);
        var response = await client.PostFormAsync("/Admin/People/Edit", With(With(NewOfficer(thamesValley, department), "Input.Kind", "Staff"), "Input.Grade", "Grade 7"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var created = await db.People.SingleAsync(p => p.ForceId == thamesValley && p.Number == "4242");
        Assert.Equal(PersonKind.Staff, created.Kind);
        Assert.Null(created.Rank);
        Assert.Equal("Grade 7", created.Grade);
        Assert.Equal("admin", (await db.AuditEvents.SingleAsync(e => e.EntityType == "Person" && e.UserName != "system" && e.Action == AuditAction.Created)).UserName);
    }

    [Fact]
    public async Task Post_Edit_SavesAndWritesAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        var url = $"/Admin/People/Edit/{inspector.Id}";

        var page = await client.GetPageAsync(url);
        Assert.Equal(inspector.Number, page.QuerySelector("#Input_Number")!.GetAttribute("value"));
        Assert.Equal("0", page.QuerySelector("#Input_Version")!.GetAttribute("value"));
        var response = await client.PostFormAsync(url, With(With(FormOf(inspector), "Input.Rank", "ChiefInspector"), "Input.IsActive", "false"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await db.People.SingleAsync(p => p.Id == inspector.Id);
        Assert.Equal(PoliceRank.ChiefInspector, after.Rank);
        Assert.False(after.IsActive);
        Assert.Equal(1, after.Version);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "Person" && e.UserName != "system" && e.Action == AuditAction.Changed);
        Assert.Equal("admin.cumbria", audit.UserName);
        Assert.Equal(inspector.Id.ToString(), audit.EntityId);
        Assert.Contains("ChiefInspector", audit.Changes);
    }

    [Fact]
    public async Task Post_Edit_Inactive_EndsTheAccountsSessionAndRefusesSignInUntilActiveAgain()
    {
        var clock = new ShiftedClock();
        await using var factory = await PortalFactory.CreateAsync(clock);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Person person;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var personId = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
            person = await db.People.AsNoTracking().SingleAsync(p => p.Id == personId);
        }

        var url = $"/Admin/People/Edit/{person.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, With(FormOf(person), "Input.IsActive", "false"))).StatusCode);
        clock.Shift = TimeSpan.FromMinutes(6); // past the security stamp's revalidation interval

        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/Gifts/Declarations")).StatusCode);
        Assert.False(await CanSignInAsync(factory, "officer.cumbria"));

        var form = With(FormOf(person), "Input.IsActive", "true");
        form["Input.Version"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, form)).StatusCode);
        Assert.True(await CanSignInAsync(factory, "officer.cumbria"));
    }

    private static async Task<bool> CanSignInAsync(PortalFactory factory, string userName)
    {
        var response = await PortalClient.Anonymous(factory).PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = Core.Demo.DemoDataSeeder.Password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "Input.Number", "", "Input_Number", "Enter the collar or staff number" },
        { "Input.Number", new string('9', 21), "Input_Number", "Collar or staff number must be 20 characters or fewer" },
        { "Input.GivenName", "  ", "Input_GivenName", "Enter the given name" },
        { "Input.GivenName", new string('a', 101), "Input_GivenName", "Given name must be 100 characters or fewer" },
        { "Input.FamilyName", "", "Input_FamilyName", "Enter the family name" },
        { "Input.FamilyName", new string('a', 101), "Input_FamilyName", "Family name must be 100 characters or fewer" },
        { "Input.Rank", "", "Input_Rank", "Select the officer's rank" },
        { "Input.Rank", "Commissioner", "Input_Rank", "Select the officer's rank" },
        { "Input.Rank", "42", "Input_Rank", "Select the officer's rank" },
        { "Input.Kind", "", "Input_Kind", "Select whether the person is a police officer or police staff" },
        { "Input.Kind", "Wizard", "Input_Kind", "Select whether the person is a police officer or police staff" },
        { "Input.Kind", "99", "Input_Kind", "Select whether the person is a police officer or police staff" },
        { "Input.DepartmentId", "abc", "Input_DepartmentId", "Enter a valid department" },
        { "Input.DepartmentId", "999999", "Input_DepartmentId", "Select a department of the person's force" },
        { "Input.LineManagerId", "999999", "Input_LineManagerId", "Select a line manager from the person's force" },
        { "Input.ForceId", "", "Input_ForceId", "Select a force" },
        { "Input.ForceId", "abc", "Input_ForceId", "Enter a valid force" },
        { "Input.LineManagerId", "1e9", "Input_LineManagerId", "Enter a valid line manager" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Post_CreateWithBadInput_ShowsMessageKeepsInputAndWritesNothing(string key, string value, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var before = await PeopleCountAsync(factory);

        var response = await client.PostFormAsync("/Admin/People/Edit", With(NewOfficer(cumbria), key, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal([message], page.ErrorSummary());
        if (page.QuerySelector($"#{field}")?.GetAttribute("type") != "hidden")
        {
            Assert.Equal(message, page.FieldError(field));
        }

        if (key != "Input.GivenName")
        {
            Assert.Equal("Bethan", page.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        }

        if (key is "Input.GivenName" or "Input.FamilyName" or "Input.Number")
        {
            Assert.Equal(value, page.QuerySelector($"#{field}")!.GetAttribute("value"));
        }

        Assert.Equal(before, await PeopleCountAsync(factory));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Post_StaffWithoutGrade_ShowsMessage()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var missing = await client.PostFormAsync("/Admin/People/Edit", With(NewOfficer(cumbria), "Input.Kind", "Staff"));
        var overlong = await client.PostFormAsync("/Admin/People/Edit", With(With(NewOfficer(cumbria), "Input.Kind", "Staff"), "Input.Grade", new string('g', 51)));

        Assert.Equal("Enter the grade of the member of staff", (await PortalClient.ParseAsync(missing)).FieldError("Input_Grade"));
        Assert.Equal("Grade must be 50 characters or fewer", (await PortalClient.ParseAsync(overlong)).FieldError("Input_Grade"));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_DuplicateNumber_ShowsMessageAndWritesNothing(bool otherCase)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var staffNumber = await db.People.Where(p => p.ForceId == cumbria && p.Kind == PersonKind.Staff).Select(p => p.Number).FirstAsync();
        var taken = otherCase ? staffNumber.ToLowerInvariant() : staffNumber;

        var response = await client.PostFormAsync("/Admin/People/Edit", With(NewOfficer(cumbria), "Input.Number", taken));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(EditModel.DuplicateNumber, page.FieldError("Input_Number"));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Post_SameNumberInAnotherForce_IsAllowed()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var other = await PersonAsync(factory, "thames-valley", PoliceRank.ChiefConstable);

        var response = await client.PostFormAsync("/Admin/People/Edit", With(NewOfficer(cumbria), "Input.Number", other.Number + "0"));
        var again = await client.PostFormAsync("/Admin/People/Edit", With(NewOfficer(cumbria), "Input.Number", other.Number + "0"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Post_ForceOutsideScope_ShowsErrorAndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var before = await PeopleCountAsync(factory);

        var response = await client.PostFormAsync("/Admin/People/Edit", NewOfficer(thamesValley));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select a force that you administer", (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(before, await PeopleCountAsync(factory));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Post_DepartmentOrLineManagerOfAnotherForce_ShowsErrorsAndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        var otherDepartment = await DepartmentIdAsync(factory, "thames-valley", "Local Policing");
        var otherManager = await PersonAsync(factory, "thames-valley", PoliceRank.Inspector);
        var before = await PeopleCountAsync(factory);

        // Even a national administrator, who may see both forces, cannot mix them.
        foreach (var user in new[] { "admin.cumbria", "admin" })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            var response = await client.PostFormAsync("/Admin/People/Edit", NewOfficer(cumbria, otherDepartment, otherManager.Id));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal("Select a department of the person's force", page.FieldError("Input_DepartmentId"));
            Assert.Equal("Select a line manager from the person's force", page.FieldError("Input_LineManagerId"));
        }

        Assert.Equal(before, await PeopleCountAsync(factory));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Post_ClosedDepartmentOrInactiveManager_ShowsErrors()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            (await db.Departments.SingleAsync(d => d.Id == procurement)).IsActive = false;
            (await db.People.SingleAsync(p => p.Id == inspector.Id)).IsActive = false;
            await db.SaveChangesAsync();
        }

        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var form = await client.GetPageAsync("/Admin/People/Edit");
        var response = await client.PostFormAsync("/Admin/People/Edit", NewOfficer(cumbria, procurement, inspector.Id));

        Assert.DoesNotContain(procurement.ToString(), form.QuerySelectorAll("#Input_DepartmentId option").Select(o => o.GetAttribute("value")));
        Assert.DoesNotContain(inspector.Id.ToString(), form.QuerySelectorAll("#Input_LineManagerId option").Select(o => o.GetAttribute("value")));
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("That department is closed: select an open department", page.FieldError("Input_DepartmentId"));
        Assert.Equal("That person is inactive: select an active line manager", page.FieldError("Input_LineManagerId"));
    }

    [Fact]
    public async Task Post_OwnLineManager_ShowsError()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);

        var response = await client.PostFormAsync($"/Admin/People/Edit/{inspector.Id}", With(FormOf(inspector), "Input.LineManagerId", inspector.Id.ToString()));

        Assert.Equal("A person cannot be their own line manager", (await PortalClient.ParseAsync(response)).FieldError("Input_LineManagerId"));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Post_LineManagerWhomThePersonManagesIndirectly_ShowsError()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var chief = await PersonAsync(factory, "cumbria", PoliceRank.ChiefConstable);
        var dcc = await PersonAsync(factory, "cumbria", PoliceRank.DeputyChiefConstable);
        var constable = await PersonAsync(factory, "cumbria", PoliceRank.Constable);
        var url = $"/Admin/People/Edit/{chief.Id}";

        var form = await client.GetPageAsync(url);
        var direct = await client.PostFormAsync(url, With(FormOf(chief), "Input.LineManagerId", dcc.Id.ToString()));
        var indirect = await client.PostFormAsync(url, With(FormOf(chief), "Input.LineManagerId", constable.Id.ToString()));

        var offered = form.QuerySelectorAll("#Input_LineManagerId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(constable.Id.ToString(), offered);
        Assert.DoesNotContain(chief.Id.ToString(), offered);
        const string message = "The line manager cannot be someone this person manages, directly or through others";
        Assert.Equal(message, (await PortalClient.ParseAsync(direct)).FieldError("Input_LineManagerId"));
        Assert.Equal(message, (await PortalClient.ParseAsync(indirect)).FieldError("Input_LineManagerId"));
        Assert.False(await AnyPersonAuditAsync(factory));
    }

    [Fact]
    public async Task Post_StaleVersion_ToldChangedBySomeoneElseAndFirstChangeKept()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var first = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var second = await PortalClient.SignInAsync(factory, "admin");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        var url = $"/Admin/People/Edit/{inspector.Id}";

        var won = await first.PostFormAsync(url, With(FormOf(inspector), "Input.GivenName", "First"));
        var lost = await second.PostFormAsync(url, With(FormOf(inspector), "Input.GivenName", "Second"));

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = await PortalClient.ParseAsync(lost);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, page.ErrorSummary());
        Assert.Equal("Second", page.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("First", (await db.People.SingleAsync(p => p.Id == inspector.Id)).GivenName);
    }

    [Fact]
    public async Task Post_EditIgnoresPostedForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        var thamesValley = await factory.ForceIdAsync("thames-valley");

        var response = await client.PostFormAsync($"/Admin/People/Edit/{inspector.Id}", With(FormOf(inspector), "Input.ForceId", thamesValley.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(inspector.ForceId, (await db.People.SingleAsync(p => p.Id == inspector.Id)).ForceId);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostWithoutTokenAsync("/Admin/People/Edit", NewOfficer(cumbria));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Edit_AsksWhetherThePersonIsStillWithTheForce_AndNoAnswerIsAnErrorBesideIt_KeepingTheOtherAnswers()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var inspector = await PersonAsync(factory, "cumbria", PoliceRank.Inspector);
        var url = $"/Admin/People/Edit/{inspector.Id}";
        var form = With(FormOf(inspector), "Input.GivenName", "Renamed");
        form.Remove("Input.IsActive");

        var before = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, form);

        Assert.Equal("true", before.QuerySelector("input[name='Input.IsActive'][checked]")!.GetAttribute("value"));
        Assert.Equal("Is the person still with the force?", before.QuerySelector("#Input_IsActive")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Select yes if the person is still with the force", page.FieldError("Input_IsActive"));
        Assert.Equal("Renamed", page.QuerySelector("#Input_GivenName")!.GetAttribute("value"));
        Assert.False(await AnyPersonAuditAsync(factory));
    }
}
