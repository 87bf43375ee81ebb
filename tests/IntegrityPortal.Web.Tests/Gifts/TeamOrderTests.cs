using System.Globalization;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>The manager's team list is in order of the date shown (the offer), newest first, and sorts by its column headings.</summary>
public class TeamOrderTests
{
    private static IReadOnlyList<DateTime> Dates(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#team tbody tr").Select(r => DateTime.ParseExact(r.QuerySelectorAll("td")[1].TextContent.Trim(), "d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))).ToList();

    [Fact]
    public async Task TeamList_IsNewestOfferFirst_AndSortsByTheDateHeading()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        for (var i = 0; i < 3; i++)
        {
            await GiftForms.DeclareAsync(await PortalClient.SignInAsync(factory, i % 2 == 0 ? "officer.cumbria" : "staff.cumbria"),
                $"OfferedOn={GiftForms.IsoDate(GiftForms.Today.AddDays(-10 + i * 3))}");
        }

        var page = await manager.GetPageAsync("/Gifts/Team");
        var dates = Dates(page);
        Assert.True(dates.Count >= 3);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal("descending", page.QuerySelector("#team th[aria-sort]")!.GetAttribute("aria-sort"));

        var href = page.QuerySelectorAll("#team thead a").Single(a => a.TextContent.Trim() == "Date of offer").GetAttribute("href")!;
        var ascending = Dates(await manager.GetPageAsync(href));
        Assert.Equal(ascending.OrderBy(d => d), ascending);
    }
}
