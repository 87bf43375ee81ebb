using System.Net;
using System.Text.Json;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Organisations;

/// <summary>
/// The organisation and outlet picker's search: the user's own force's list only, a short list
/// (prefix matches first, then names that contain the text), JSON for the autocomplete and a
/// page without JavaScript; the declaration form matches a typed name and no longer lists every
/// organisation.
/// </summary>
public class OrganisationSearchTests
{
    private static async Task AddAsync(string databasePath, string forceCode, params string[] names)
    {
        await using var db = TestDatabase.OpenAsSystem(databasePath);
        var forceId = await db.Forces.Where(f => f.Code == forceCode).Select(f => f.Id).SingleAsync();
        db.Organisations.AddRange(names.Select(n => new Organisation { ForceId = forceId, Name = n }));
        await db.SaveChangesAsync();
    }

    private static async Task<List<(int Id, string Name)>> SearchAsync(PortalClient client, string q)
    {
        var response = await client.GetAsync($"/Organisations/Search?handler=Json&q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetInt32(), e.GetProperty("name").GetString()!)).ToList();
    }

    [Fact]
    public async Task Search_ReturnsOnlyTheUsersForce_PrefixFirst_AndAtMostTen()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await AddAsync(factory.DatabasePath, "cumbria", "Zeta Harbour Catering", "Harbour Hotel", "harbour lights ltd");
        await AddAsync(factory.DatabasePath, "cumbria", Enumerable.Range(1, 15).Select(i => $"Lakeland Supplier {i:00}").ToArray());
        await AddAsync(factory.DatabasePath, "dyfed-powys", "Harbour Hotel Tenby", "Harbour Master");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var harbour = await SearchAsync(officer, "harbour");
        var lakeland = await SearchAsync(officer, "Lakeland");
        var wildcard = await SearchAsync(officer, "%");

        Assert.Equal(["Harbour Hotel", "harbour lights ltd", "Zeta Harbour Catering"], harbour.Select(m => m.Name));
        Assert.Equal(OrganisationDirectory.SearchLimit, lakeland.Count);
        Assert.Empty(wildcard);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var dyfedIds = await db.Organisations.Where(o => o.Force!.Code == "dyfed-powys").Select(o => o.Id).ToListAsync();
        Assert.DoesNotContain(harbour, m => dyfedIds.Contains(m.Id));
    }

    [Fact]
    public async Task Search_WithoutJavaScript_IsAPageListingTheMatches()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await AddAsync(factory.DatabasePath, "cumbria", "Harbour Hotel");
        await AddAsync(factory.DatabasePath, "dyfed-powys", "Harbour Master");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var page = await officer.GetPageAsync("/Organisations/Search?q=harb");

        Assert.Equal(["Harbour Hotel"], page.QuerySelectorAll("main li").Select(li => li.TextContent.Trim()));
        Assert.Equal("harb", page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("pcc.cumbria")]
    [InlineData("inspector")]
    public async Task Search_IsRefusedToAccountsWithoutAPersonRecord(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Organisations/Search?handler=Json&q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Organisations/Search?q=a")).StatusCode);
    }

    [Fact]
    public async Task DeclareForm_ListsNoOrganisations_AndATypedNameIsMatchedToTheForcesOrganisation()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await AddAsync(factory.DatabasePath, "cumbria", "Harbour Hotel");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var form = await officer.GetPageAsync("/Gifts/Declarations/Declare");
        Assert.Null(form.QuerySelector("select[name='Input.OrganisationId']"));
        Assert.DoesNotContain(form.QuerySelectorAll("option"), o => o.TextContent.Contains("Harbour Hotel", StringComparison.Ordinal));
        Assert.NotNull(form.QuerySelector("[data-module=app-autocomplete] input#Input_OrganisationId[type=text]"));

        var id = await GiftForms.DeclareAsync(officer, "NewOrganisationName=", "OrganisationName=harbour hotel");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal("Harbour Hotel", declaration.OrganisationName);
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name == "Harbour Hotel"));
    }

    [Fact]
    public async Task DeclareForm_ANameThatMatchesNothing_IsAnsweredBesideTheField_AndKept()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await AddAsync(factory.DatabasePath, "dyfed-powys", "Harbour Master");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var response = await officer.PostFormAsync("/Gifts/Declarations/Declare", GiftForms.Valid("NewOrganisationName=", "OrganisationName=Harbour Master"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("No organisation is called ‘Harbour Master’: choose one from the list, or add a new one", page.FieldError("Input_OrganisationId"));
        Assert.Equal("Harbour Master", page.QuerySelector("#Input_OrganisationId")!.GetAttribute("value"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await db.GiftDeclarations.ToListAsync());
    }
}
