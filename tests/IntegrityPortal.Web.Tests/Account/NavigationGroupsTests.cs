using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>The service navigation is grouped by the user's work; each role sees only its groups.</summary>
public class NavigationGroupsTests
{
    public static TheoryData<string, string[]> Groups() => new()
    {
        { "officer.cumbria", ["Home", "My records"] },
        { "manager.cumbria", ["Home", "My records", "My team"] },
        { "head-of-psd.cumbria", ["Home", "My records", "My team", "Professional standards", "Governance"] },
        { "press-office.cumbria", ["Home", "My records", "Professional standards"] },
        { "procurement.cumbria", ["Home", "My records", "Procurement"] },
        { "pcc.cumbria", ["Home", "Governance"] },
        { "admin.cumbria", ["Home", "My records", "Administration"] },
        { "inspector", ["Home", "Governance"] },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task TopRow_ShowsTheRolesGroups(string userName, string[] groups)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(groups, (await client.GetPageAsync("/")).NavigationLinks());
    }

    [Fact]
    public async Task AGroupsPage_MarksItsGroupCurrent_AndListsTheGroupsPagesBelow()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var page = await psd.GetPageAsync("/Investigations");

        Assert.Equal("Professional standards", page.QuerySelector("#navigation a[aria-current]")!.TextContent.Trim());
        Assert.Equal(["Gifts register", "Business interests (PSD)", "Media contact log", "Investigations", "Find a person", "Procurement matches", "Cross-check meetings", "Training register"],
            page.QuerySelectorAll(".app-sub-navigation a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Investigations", page.QuerySelector(".app-sub-navigation a[aria-current]")!.TextContent.Trim());
    }
}
