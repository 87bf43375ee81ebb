using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.People;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>The published gifts and hospitality register, read by anonymous visitors.</summary>
public class PublicRegisterTests
{
    private const string ThamesValley = "/Public/thames-valley/Gifts";

    [Fact]
    public async Task Get_PublishingForce_IsOpenToAnonymousVisitors_MarkedOfficial()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var page = await client.GetPageAsync(ThamesValley);

        Assert.Equal(50, page.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(page.QuerySelector("a[rel=next]"));
        Assert.All(page.QuerySelectorAll(".app-classification"), c => Assert.Equal("OFFICIAL", c.TextContent.Trim()));
        Assert.NotEmpty(page.QuerySelectorAll(".app-classification"));
        Assert.DoesNotContain("OFFICIAL-SENSITIVE", page.Body!.OuterHtml);
        Assert.NotEmpty((await client.GetPageAsync($"{ThamesValley}?pageNumber=2")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Get_NewestFirst_WithinTheDefaultTwelveMonths()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var rows = CsvRows(await (await client.GetAsync($"{ThamesValley}?handler=Csv")).Content.ReadAsStringAsync()).Skip(1).ToList();

        var dates = rows.Select(r => DateOnly.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var today = TimeProvider.System.Today();
        Assert.All(dates, d => Assert.InRange(d, today.AddMonths(-12).AddDays(1), today));
    }

    [Fact]
    public async Task Index_ListsOnlyThePublishingForces()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var page = await client.GetPageAsync("/Public");

        var links = page.QuerySelectorAll("#forces a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(ThamesValley, links);
        Assert.DoesNotContain("/Public/cumbria/Gifts", links);
        Assert.Equal("OFFICIAL", page.QuerySelector(".app-classification")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/Public/cumbria/Gifts")]
    [InlineData("/Public/cumbria/Gifts?handler=Csv")]
    [InlineData("/Public/atlantis/Gifts")]
    [InlineData("/Public/atlantis/Gifts?handler=Csv")]
    public async Task Get_ForceThatDoesNotPublishOrDoesNotExist_IsNotFound(string url)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", body);
        Assert.DoesNotContain("Cumbria Constabulary", body);
        Assert.DoesNotContain("<table", body);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("OFFICIAL", page.QuerySelector(".app-classification")!.TextContent.Trim());
        Assert.Equal("/Public", page.QuerySelector(".app-header__logo")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_NamesOnlyChiefOfficers()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var forceId = await factory.ForceIdAsync("thames-valley");
        // Give a published constable and a published chief officer names that appear nowhere else.
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var published = db.GiftDeclarations.Where(d => d.ForceId == forceId && d.ReviewStatus == ReviewStatus.Reviewed
                                                             && d.ApprovalStatus == ApprovalStatus.NotRequired
                                                             && d.OfferedOn > TimeProvider.System.Today().AddMonths(-11));
            var constable = await published.Where(d => d.Declarant!.Rank == PoliceRank.Constable).Select(d => d.DeclarantId).FirstAsync();
            var chief = await published.Where(d => d.Declarant!.Rank >= PoliceRank.AssistantChiefConstable).Select(d => d.DeclarantId).FirstAsync();
            await db.People.Where(p => p.Id == constable).ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, "Zebedee").SetProperty(p => p.FamilyName, "Unnameable"));
            await db.People.Where(p => p.Id == chief).ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, "Olwen").SetProperty(p => p.FamilyName, "Publicchief"));
        }

        var client = PortalClient.Anonymous(factory);
        var csv = await (await client.GetAsync($"{ThamesValley}?handler=Csv")).Content.ReadAsStringAsync();

        Assert.Contains("Olwen Publicchief", csv);
        Assert.DoesNotContain("Unnameable", csv);
        var chiefRanks = new[] { "Assistant Chief Constable", "Deputy Chief Constable", "Chief Constable" };
        Assert.All(CsvRows(csv).Skip(1), r => Assert.Equal(chiefRanks.Contains(r[1]), r[2].Length > 0));
        var html = await (await client.GetAsync(ThamesValley)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Unnameable", html);
    }

    [Fact]
    public async Task Get_NothingAwaitingReviewOrApproval_Appears()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var forceId = await factory.ForceIdAsync("thames-valley");
        var recent = TimeProvider.System.Today().AddDays(-7);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var reviewed = await db.GiftDeclarations.Where(d => d.ForceId == forceId && d.ReviewStatus == ReviewStatus.Reviewed)
                .OrderBy(d => d.Id).Select(d => d.Id).Take(3).ToListAsync();
            // Settled but for one step each: awaiting review, awaiting the line manager, awaiting PSD.
            await db.GiftDeclarations.Where(d => d.ForceId == forceId && d.ReviewStatus == ReviewStatus.AwaitingReview)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Description, "HIDDEN awaiting review"));
            await db.GiftDeclarations.Where(d => d.Id == reviewed[0])
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReviewStatus, ReviewStatus.AwaitingReview).SetProperty(d => d.OfferedOn, recent).SetProperty(d => d.Description, "HIDDEN awaiting review"));
            await db.GiftDeclarations.Where(d => d.Id == reviewed[1])
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ApprovalStatus, ApprovalStatus.AwaitingLineManager).SetProperty(d => d.OfferedOn, recent).SetProperty(d => d.Description, "HIDDEN awaiting line manager"));
            await db.GiftDeclarations.Where(d => d.Id == reviewed[2])
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ApprovalStatus, ApprovalStatus.AwaitingPsd).SetProperty(d => d.OfferedOn, recent).SetProperty(d => d.Description, "HIDDEN awaiting PSD"));
        }

        var client = PortalClient.Anonymous(factory);
        var csv = await (await client.GetAsync($"{ThamesValley}?handler=Csv")).Content.ReadAsStringAsync();
        var html = await (await client.GetAsync(ThamesValley)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("HIDDEN", csv);
        Assert.DoesNotContain("HIDDEN", html);
        Assert.True(CsvRows(csv).Count > 100);
    }

    [Fact]
    public async Task Get_AcceptanceWhoseApprovalWasRefused_ShowsAsDeclinedAfterReview_ChiefOfficerNamedOnThePage()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var forceId = await factory.ForceIdAsync("thames-valley");
        var today = TimeProvider.System.Today();
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var chief = await db.People.Where(p => p.ForceId == forceId && p.Rank == PoliceRank.ChiefConstable).Select(p => p.Id).FirstAsync();
            await db.People.Where(p => p.Id == chief).ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, "Olwen").SetProperty(p => p.FamilyName, "Publicchief"));
            var id = await db.GiftDeclarations.Where(d => d.ForceId == forceId && d.ReviewStatus == ReviewStatus.Reviewed).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            // The newest entry of all, so it is on the first page.
            await db.GiftDeclarations.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.DeclarantId, chief)
                .SetProperty(d => d.OfferedOn, today)
                .SetProperty(d => d.Outcome, OfferOutcome.Accepted)
                .SetProperty(d => d.ApprovalStatus, ApprovalStatus.Refused)
                .SetProperty(d => d.Description, "Refused acceptance marker"));
        }

        var client = PortalClient.Anonymous(factory);
        var page = await client.GetPageAsync(ThamesValley);

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Refused acceptance marker"));
        Assert.Contains("Declined after review", row.TextContent);
        Assert.Contains("Chief Constable", row.TextContent);
        Assert.Contains("Olwen Publicchief", row.TextContent);
    }

    [Fact]
    public async Task Csv_HasTheHeaderAndTheSameRowsAsThePage()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);
        var today = TimeProvider.System.Today();
        var period = $"From={today.AddMonths(-6):yyyy-MM-dd}&To={today:yyyy-MM-dd}";

        var page = await client.GetPageAsync($"{ThamesValley}?{period}");
        var response = await client.GetAsync($"{ThamesValley}?handler=Csv&{period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("thames-valley-gifts-and-hospitality", response.Content.Headers.ContentDisposition!.FileName);
        var rows = CsvRows(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Date of offer", "Rank or role", "Name (chief officers only)", "Department", "Offered by", "Description", "Value (£)", "Outcome"], rows[0]);
        var count = int.Parse(page.QuerySelector("#result-count")!.TextContent.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(8, r.Length));
        Assert.Contains(rows, r => r[7] == "Declined");
        Assert.Contains(rows, r => r[7] == "Accepted");
        var link = page.QuerySelector("#csv-link")!.GetAttribute("href")!;
        Assert.Contains("handler=Csv", link);
        Assert.Contains($"From={today.AddMonths(-6):yyyy-MM-dd}", link);
    }

    [Theory]
    [InlineData("From=2026-02-31", "From", "Start date must be a real date")]
    [InlineData("From=yesterday", "From", "Start date must be a real date")]
    [InlineData("To=31%2F12%2F2025x", "To", "End date must be a real date")]
    [InlineData("From=2026-06-01&To=2026-01-01", "To", "The end date must be the same as or after the start date")]
    public async Task Get_BadDate_ShowsTheMessageBesideTheField(string query, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);

        var page = await client.GetPageAsync($"{ThamesValley}?{query}");

        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    /// <summary>Splits the CSV. The demo data has no commas, quotes or line breaks in its values.</summary>
    private static List<string[]> CsvRows(string csv) =>
        csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
}
