using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Admin.Departments;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Admin;

public class DepartmentsTests
{
    private static async Task<int> DepartmentIdAsync(PortalFactory factory, string forceCode, string name)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Departments.Where(d => d.Force!.Code == forceCode && d.Name == name).Select(d => d.Id).SingleAsync();
    }

    private static async Task<int> DepartmentCountAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Departments.CountAsync();
    }

    private static async Task<bool> AnyDepartmentAuditAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.AuditEvents.AnyAsync(e => e.EntityType == "Department" && e.UserName != "system");
    }

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
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");
        var before = await DepartmentCountAsync(factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/Departments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/Departments/Edit/{procurement}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Admin/Departments", new() { ["Input.ForceId"] = cumbria.ToString(), ["Input.Name"] = "Fraud" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/Admin/Departments/Edit/{procurement}", new() { ["Input.Name"] = "Buying", ["Input.IsActive"] = "true", ["Input.Version"] = "0" })).StatusCode);
        Assert.Equal(before, await DepartmentCountAsync(factory));
        Assert.False(await AnyDepartmentAuditAsync(factory));
    }

    [Fact]
    public async Task Get_ForceAdministrator_SeesOnlyOwnDepartments()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var cumbria = await db.Departments.CountAsync(d => d.Force!.Code == "cumbria");

        var page = await client.GetPageAsync("/Admin/Departments");

        Assert.Equal(cumbria, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["Department", "Status", "Actions"], page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("hidden", page.QuerySelector("#Input_ForceId")!.GetAttribute("type"));
        Assert.NotNull(page.QuerySelector("table caption"));
    }

    [Fact]
    public async Task Get_NationalAdministrator_SeesEveryForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");

        var page = await client.GetPageAsync("/Admin/Departments");

        Assert.Equal(await DepartmentCountAsync(factory), page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(6, page.QuerySelectorAll("tbody tr td:nth-of-type(1)").Select(td => td.TextContent).Distinct().Count());
        Assert.Equal(6, page.QuerySelectorAll("#Input_ForceId option:not([value=''])").Length);
    }

    [Fact]
    public async Task Post_Add_SavesAndWritesAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await client.PostFormAsync("/Admin/Departments", new() { ["Input.ForceId"] = cumbria.ToString(), ["Input.Name"] = "  Economic Crime Unit " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var added = await db.Departments.SingleAsync(d => d.ForceId == cumbria && d.Name == "Economic Crime Unit");
        Assert.True(added.IsActive);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "Department" && e.UserName != "system" && e.Action == AuditAction.Created);
        Assert.Equal("admin.cumbria", audit.UserName);
        Assert.Equal(added.Id.ToString(), audit.EntityId);
        Assert.Equal(cumbria, audit.RecordForceId);
        var list = await client.GetPageAsync("/Admin/Departments");
        Assert.Contains("Economic Crime Unit added", list.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Post_AddAsNationalAdministrator_SavesInChosenForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin");
        var thamesValley = await factory.ForceIdAsync("thames-valley");

        var response = await client.PostFormAsync("/Admin/Departments", new() { ["Input.ForceId"] = thamesValley.ToString(), ["Input.Name"] = "Economic Crime Unit" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await db.Departments.AnyAsync(d => d.ForceId == thamesValley && d.Name == "Economic Crime Unit"));
        Assert.Equal("admin", (await db.AuditEvents.SingleAsync(e => e.EntityType == "Department" && e.UserName != "system")).UserName);
    }

    [Theory]
    [InlineData("", "Input_Name", "Enter the name of the department")]
    [InlineData("procurement", "Input_Name", DepartmentNames.Duplicate)]
    [InlineData("Procurement", "Input_Name", DepartmentNames.Duplicate)]
    [InlineData("OVERLONG", "Input_Name", "Name must be 100 characters or fewer")]
    public async Task Post_AddWithBadName_ShowsMessageKeepsInputAndWritesNothing(string name, string field, string message)
    {
        name = name == "OVERLONG" ? new string('d', 101) : name;
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var before = await DepartmentCountAsync(factory);

        var response = await client.PostFormAsync("/Admin/Departments", new() { ["Input.ForceId"] = cumbria.ToString(), ["Input.Name"] = name });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(name, page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(before, await DepartmentCountAsync(factory));
        Assert.False(await AnyDepartmentAuditAsync(factory));
    }

    [Theory]
    [InlineData("thames-valley", "Select a force that you administer")]
    [InlineData("", "Select a force")]
    [InlineData("abc", "Enter a valid force")]
    [InlineData("999999", "Select a force that you administer")]
    public async Task Post_AddToForceOutsideScope_ShowsErrorAndWritesNothing(string force, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var forceId = force == "thames-valley" ? (await factory.ForceIdAsync(force)).ToString() : force;
        var before = await DepartmentCountAsync(factory);

        var response = await client.PostFormAsync("/Admin/Departments", new() { ["Input.ForceId"] = forceId, ["Input.Name"] = "Fraud" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(before, await DepartmentCountAsync(factory));
        Assert.False(await AnyDepartmentAuditAsync(factory));
    }

    [Fact]
    public async Task Post_Edit_RenamesClosesAndWritesAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");
        var url = $"/Admin/Departments/Edit/{procurement}";

        var form = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, new() { ["Input.Name"] = "Commercial Services", ["Input.IsActive"] = "false", ["Input.Version"] = "0" });

        Assert.Equal("Procurement", form.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#Input_IsActive[checked]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await db.Departments.SingleAsync(d => d.Id == procurement);
        Assert.Equal(("Commercial Services", false, 1), (after.Name, after.IsActive, after.Version));
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "Department" && e.UserName != "system" && e.Action == AuditAction.Changed);
        Assert.Equal("admin.cumbria", audit.UserName);
        Assert.Contains("Commercial Services", audit.Changes);
        var list = await client.GetPageAsync("/Admin/Departments");
        Assert.Contains("Closed", list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Commercial Services")).TextContent);
    }

    [Fact]
    public async Task Post_EditToNameOfAnotherDepartment_ShowsMessageAndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");

        var response = await client.PostFormAsync($"/Admin/Departments/Edit/{procurement}", new() { ["Input.Name"] = "local policing", ["Input.IsActive"] = "true", ["Input.Version"] = "0" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(DepartmentNames.Duplicate, page.FieldError("Input_Name"));
        Assert.Equal("local policing", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.False(await AnyDepartmentAuditAsync(factory));
    }

    [Fact]
    public async Task Post_EditChangingOnlyCase_IsAllowed()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");

        var response = await client.PostFormAsync($"/Admin/Departments/Edit/{procurement}", new() { ["Input.Name"] = "PROCUREMENT", ["Input.IsActive"] = "true", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Get_AdministratorOfOtherForce_ReturnsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var other = await DepartmentIdAsync(factory, "thames-valley", "Procurement");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/Departments/Edit/{other}")).StatusCode);
    }

    [Fact]
    public async Task Post_AdministratorOfOtherForce_ReturnsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var other = await DepartmentIdAsync(factory, "thames-valley", "Procurement");

        var response = await client.PostFormAsync($"/Admin/Departments/Edit/{other}", new() { ["Input.Name"] = "Taken over", ["Input.IsActive"] = "false", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await db.Departments.SingleAsync(d => d.Id == other);
        Assert.Equal(("Procurement", true, 0), (after.Name, after.IsActive, after.Version));
        Assert.False(await AnyDepartmentAuditAsync(factory));
    }

    [Theory]
    [InlineData("/Admin/Departments/Edit/abc")]
    [InlineData("/Admin/Departments/Edit/999999")]
    [InlineData("/Admin/Departments/Edit")]
    public async Task Get_UnknownOrUnreadableId_ReturnsNotFound(string url)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Post_StaleVersion_ToldChangedBySomeoneElseAndFirstChangeKept()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var first = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var second = await PortalClient.SignInAsync(factory, "admin");
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");
        var url = $"/Admin/Departments/Edit/{procurement}";

        var won = await first.PostFormAsync(url, new() { ["Input.Name"] = "First", ["Input.IsActive"] = "true", ["Input.Version"] = "0" });
        var lost = await second.PostFormAsync(url, new() { ["Input.Name"] = "Second", ["Input.IsActive"] = "true", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, (await PortalClient.ParseAsync(lost)).ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("First", (await db.Departments.SingleAsync(d => d.Id == procurement)).Name);
    }

    [Fact]
    public async Task Edit_AsksWhetherTheDepartmentIsOpen_WithYesNoRadios_AndNoAnswerIsAnErrorBesideIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var procurement = await DepartmentIdAsync(factory, "cumbria", "Procurement");
        var url = $"/Admin/Departments/Edit/{procurement}";

        var form = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, new() { ["Input.Name"] = "Commercial Services", ["Input.Version"] = "0" });

        Assert.Empty(form.QuerySelectorAll("input[type=checkbox]"));
        Assert.Equal("Is the department open?", form.QuerySelector("#Input_IsActive")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(["true", "false"], form.QuerySelectorAll("input[name='Input.IsActive']").Select(r => r.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Select yes if the department is open", page.FieldError("Input_IsActive"));
        Assert.Equal("Commercial Services", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("input[name='Input.IsActive'][checked]"));
        Assert.False(await AnyDepartmentAuditAsync(factory));
    }
}
