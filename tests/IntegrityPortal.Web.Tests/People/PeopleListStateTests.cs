using System.Net;
using IntegrityPortal.Core.People;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.People;

/// <summary>A person opened from PSD's search keeps the search and page on the way back and offers the next person found, in the forces PSD serves.</summary>
public class PeopleListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#people tbody a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/People/View/", StringComparison.Ordinal)).ToList();

    private static int IdOf(string href) => int.Parse(href.Split('/', '?')[3]);

    [Fact]
    public async Task FromASecondPageOfResults_BackKeepsTheSearch_AndNextFollowsTheResultsAcrossThePage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await factory.ForceIdAsync("cumbria");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // 60 people found, in pairs of the same family name (the given name decides the order):
            // three pages of 25. The same names in another force are never found by Cumbria's PSD.
            foreach (var force in new[] { cumbria, await factory.ForceIdAsync("thames-valley") })
            {
                for (var i = 0; i < 60; i++)
                {
                    db.People.Add(new Person
                    {
                        ForceId = force, Kind = PersonKind.Staff, Grade = "Analyst", Number = $"LW-{force}-{i:000}",
                        GivenName = $"Pat{(59 - i) % 2}", FamilyName = $"Listwalker{i / 2:00}",
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        const string list = "/People?Name=Listwalker&pageNumber=2";
        var rows = RowLinks(await psd.GetPageAsync(list));
        var third = RowLinks(await psd.GetPageAsync("/People?Name=Listwalker&pageNumber=3"));
        Assert.True(rows.Count == 25 && third.Count == 10, $"{rows.Count} people on page 2, {third.Count} on page 3");
        Assert.All(rows, r => Assert.EndsWith("?Name=Listwalker&pageNumber=2", r));

        var first = await psd.GetPageAsync(rows[0]);
        var back = first.QuerySelector("#back-to-list")!;
        Assert.Equal(list, back.GetAttribute("href"));
        Assert.Equal("Back to the search results", back.TextContent.Trim());
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));

        // Walking the page by "next" meets each row in turn (the given name orders a pair).
        var href = rows[0];
        foreach (var expected in rows.Skip(1))
        {
            href = (await psd.GetPageAsync(href)).QuerySelector("#next-in-list")!.GetAttribute("href")!;
            Assert.Equal(expected, href);
        }

        // The last of the page is followed by the first of the next page, the state unchanged.
        var next = (await psd.GetPageAsync(rows[^1])).QuerySelector("#next-in-list")!.GetAttribute("href")!;
        Assert.Equal(IdOf(third[0]), IdOf(next));
        Assert.EndsWith("?Name=Listwalker&pageNumber=2", next);

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var ids = rows.Select(IdOf).Append(IdOf(next)).ToList();
        Assert.All(await check.People.Where(p => ids.Contains(p.Id)).Select(p => p.ForceId).ToListAsync(), f => Assert.Equal(cumbria, f));
    }

    [Fact]
    public async Task TheOnlyPersonFound_HasNoNext_AndASearchEditedByHandIsDropped()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        string number;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var personId = await db.Users.Where(u => u.UserName == "staff.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
            number = await db.People.Where(p => p.Id == personId).Select(p => p.Number).SingleAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var list = $"/People?Name={Uri.EscapeDataString(number)}";
        var rows = RowLinks(await psd.GetPageAsync(list));
        Assert.Single(rows);
        var only = await psd.GetPageAsync(rows[0]);
        Assert.Equal(list, only.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Null(only.QuerySelector("#next-in-list"));
        Assert.NotNull(only.QuerySelector("#end-of-list"));

        foreach (var state in new[] { $"Name={new string('a', 101)}", "Name=S&pageNumber=x", "Name=%20" })
        {
            var response = await psd.GetAsync($"/People/View/{IdOf(rows[0])}?{state}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal("/People", page.QuerySelector("#back-to-list")!.GetAttribute("href"));
            Assert.Equal("Find a person", page.QuerySelector("#back-to-list")!.TextContent.Trim());
            Assert.Null(page.QuerySelector("#next-in-list"));
        }
    }
}
