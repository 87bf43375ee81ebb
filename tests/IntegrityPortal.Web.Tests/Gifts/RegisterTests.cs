using System.Net;
using System.Text;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Gifts.Register;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

public class RegisterTests
{
    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("manager.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("admin.cumbria")]
    [InlineData("admin")]
    [InlineData("inspector")]
    public async Task AllRegisterPages_NonPsdRole_ReturnForbidden(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00)).Id;
        }

        var client = await PortalClient.SignInAsync(factory, userName);

        foreach (var url in new[] { "/Gifts/Register", $"/Gifts/Register/View/{id}", "/Gifts/Register/Export?handler=Csv", "/Gifts/Register/Export?handler=Excel" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        var post = await client.PostFormAsync($"/Gifts/Register/View/{id}", new() { ["Review.Outcome"] = "Reviewed", ["Review.Note"] = "x", ["Review.Version"] = "0" },
            postUrl: $"/Gifts/Register/View/{id}?handler=Review");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task PsdOfAnotherForce_DoesNotSeeTheRowAndGetsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.thames-valley", "Acme Ltd", 20_00)).Id;
        }

        var cumbria = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await cumbria.GetPageAsync("/Gifts/Register");

        Assert.Equal("0 declarations", page.QuerySelector("#result-count")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await cumbria.GetAsync($"/Gifts/Register/View/{id}")).StatusCode);
        var thamesValley = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Equal("1 declaration", (await thamesValley.GetPageAsync("/Gifts/Register")).QuerySelector("#result-count")!.TextContent);
    }

    [Fact]
    public async Task AlliancePsd_SeesTheOtherAllianceForcesRows()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.west-mercia", "Mercia Events", 20_00)).Id;
            await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00);
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var page = await psd.GetPageAsync("/Gifts/Register");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("Mercia Events", row.TextContent);
        Assert.NotNull(page.QuerySelector("#Filter_ForceId"));
        await psd.GetPageAsync($"/Gifts/Register/View/{id}");
    }

    private static async Task<(PortalFactory Factory, PortalClient Psd)> RegisterWithFourAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00, description: "Offer A");
            await GiftData.DeclareAsync(db, "officer.cumbria", "Bidco", 120_00, relationship: OfferorRelationship.CurrentSupplier, involvedInPurchasing: true, description: "Offer B");
            await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Holdings", 75_00, daysAgo: 60, description: "Offer C");
            await GiftData.DeclareAsync(db, "officer.cumbria", "Delta Catering", 80_00, OfferOutcome.Accepted, description: "Offer D");
        }

        return (factory, await PortalClient.SignInAsync(factory, "psd.cumbria"));
    }

    private static List<string> Offers(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(r => System.Text.RegularExpressions.Regex.Match(r.TextContent, "Offer [A-D]").Value).ToList();

    [Theory]
    [InlineData("", "Offer A,Offer B,Offer C,Offer D")]
    [InlineData("Filter.Organisation=Acme", "Offer A,Offer C")]
    [InlineData("Filter.MinValue=50&Filter.MaxValue=80", "Offer C,Offer D")]
    [InlineData("Filter.MinValue=75.01", "Offer B,Offer D")]
    [InlineData("Filter.LateOnly=true&Filter.LateOnly=false", "Offer C")]
    [InlineData("Filter.SupplierOnly=true", "Offer B")]
    [InlineData("Filter.Pattern=Any", "Offer B")]
    [InlineData("Filter.Pattern=SupplierToPurchaser", "Offer B")]
    [InlineData("Filter.Pattern=RepeatOffers", "")]
    [InlineData("Filter.Outcome=Accepted", "Offer D")]
    [InlineData("Filter.Approval=AwaitingLineManager", "Offer D")]
    [InlineData("Filter.Review=AwaitingReview&Filter.Relationship=CurrentSupplier", "Offer B")]
    [InlineData("Filter.Review=Reviewed", "")]
    [InlineData("Filter.Declarant=zzz", "")]
    public async Task Filters_ListOnlyMatchingDeclarations(string query, string expected)
    {
        var (factory, psd) = await RegisterWithFourAsync();
        await using var _ = factory;

        var page = await psd.GetPageAsync($"/Gifts/Register?{query}&Sort=organisation-asc");

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), Offers(page).Order());
    }

    [Theory]
    [InlineData("value-asc", "Offer A,Offer C,Offer D,Offer B")]
    [InlineData("value-desc", "Offer B,Offer D,Offer C,Offer A")]
    [InlineData("organisation-asc", "Offer C,Offer A,Offer B,Offer D")]
    [InlineData("date-asc", "Offer C,Offer A,Offer B,Offer D")]
    public async Task Sort_OrdersTheRows(string sort, string expected)
    {
        var (factory, psd) = await RegisterWithFourAsync();
        await using var _ = factory;

        var page = await psd.GetPageAsync($"/Gifts/Register?Sort={sort}");

        Assert.Equal(expected.Split(','), Offers(page));
    }

    [Fact]
    public async Task SortLinks_KeepTheFilters()
    {
        var (factory, psd) = await RegisterWithFourAsync();
        await using var _ = factory;

        var page = await psd.GetPageAsync("/Gifts/Register?Filter.Organisation=Acme");
        var href = page.QuerySelector("#sort-value")!.GetAttribute("href")!;

        Assert.Contains("Filter.Organisation=Acme", href);
        Assert.Contains("Sort=value-desc", href);
        Assert.Contains("Filter.Organisation=Acme", page.QuerySelector("#export-csv")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("psd.cumbria", "Filter.OfferedFrom=not-a-date", "Filter_OfferedFrom")]
    [InlineData("psd.cumbria", "Filter.OfferedFrom=2026-11-20&Filter.OfferedTo=2026-11-01", "Filter_OfferedTo")]
    [InlineData("psd.cumbria", "Filter.MinValue=abc", "Filter_MinValue")]
    [InlineData("psd.cumbria", "Filter.MinValue=-5", "Filter_MinValue")]
    [InlineData("psd.cumbria", "Filter.MinValue=1.234", "Filter_MinValue")]
    [InlineData("psd.cumbria", "Filter.MinValue=100&Filter.MaxValue=10", "Filter_MaxValue")]
    [InlineData("psd.cumbria", "Filter.Review=Obliterated", "Filter_Review")]
    [InlineData("psd.cumbria", "Filter.Pattern=Everything", "Filter_Pattern")]
    [InlineData("psd.cumbria", "Sort=Id;DROP TABLE", "Sort")]
    [InlineData("psd.cumbria", "Filter.DepartmentId=999999", "Filter_DepartmentId")]
    [InlineData("psd.warwickshire", "Filter.ForceId=1", "Filter_ForceId")]
    public async Task BadFilter_ShowsMessageBesideTheField(string user, string query, string field)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, user);
        if (field == "Filter_ForceId")
        {
            query = $"Filter.ForceId={await factory.ForceIdAsync("cumbria")}";
        }

        var page = await psd.GetPageAsync($"/Gifts/Register?{query}");

        Assert.NotNull(page.FieldError(field));
        Assert.NotEmpty(page.ErrorSummary());
        Assert.Null(page.QuerySelector("#result-count"));
        var export = await psd.GetAsync($"/Gifts/Register/Export?handler=Csv&{query}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.StartsWith("text/html", export.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Paging_FiftyPerPageAndLinksKeepFilters()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            for (var i = 0; i < 51; i++)
            {
                await GiftData.DeclareAsync(db, i % 2 == 0 ? "officer.cumbria" : "manager.cumbria", $"Paging Org {i % 5}", 10_00 + i);
            }
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var first = await psd.GetPageAsync("/Gifts/Register?Filter.Organisation=Paging");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await psd.GetPageAsync(next);

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Filter.Organisation=Paging", next);
        Assert.Contains("pageNumber=2", next);
        Assert.Single(second.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task RegisterView_WritesReadEventWithTheFilter()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        await psd.GetPageAsync("/Gifts/Register?Filter.Organisation=Acme&Filter.LateOnly=true");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var read = await db.AuditEvents.SingleAsync(e => e.EntityType == "GiftRegister");
        Assert.Equal(AuditAction.Read, read.Action);
        Assert.Equal("(search)", read.EntityId);
        Assert.Equal("psd.cumbria", read.UserName);
        Assert.Equal(cumbria, read.RecordForceId);
        Assert.Contains("organisation starts with 'Acme'", read.Justification);
        Assert.Contains("late only", read.Justification);
    }

    [Fact]
    public async Task ViewPage_ShowsDeclarationAndWritesReadEvent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Bidco", 120_00, relationship: OfferorRelationship.CurrentSupplier, involvedInPurchasing: true, daysAgo: 60)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await psd.GetPageAsync($"/Gifts/Register/View/{id}");

        Assert.Equal("£120.00", page.QuerySelector("#value")!.TextContent);
        Assert.Contains("Bidco", page.QuerySelector("#organisation")!.TextContent);
        Assert.Contains("Constable", page.QuerySelector("#declarant")!.TextContent);
        var flags = page.QuerySelector("#flags")!.TextContent;
        Assert.Contains("Late", flags);
        Assert.Contains("Supplier to purchaser", flags);
        Assert.Contains("Version 1", page.QuerySelector(".govuk-details")!.TextContent);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var read = await check.AuditEvents.SingleAsync(e => e.EntityType == "GiftDeclaration" && e.Action == AuditAction.Read);
        Assert.Equal(id.ToString(), read.EntityId);
        Assert.Equal(await factory.ForceIdAsync("cumbria"), read.RecordForceId);
    }

    [Fact]
    public async Task Review_RecordsOutcomeAndWritesTransitionEvent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Gifts/Register/View/{id}";
        var response = await psd.PostFormAsync(url, new() { ["Review.Outcome"] = "NeedsAction", ["Review.Note"] = "Ask why it was declared", ["Review.Version"] = "0" }, $"{url}?handler=Review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await check.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal(ReviewStatus.NeedsAction, declaration.ReviewStatus);
        Assert.Equal("psd.cumbria", declaration.ReviewedBy);
        var transition = await check.AuditEvents.SingleAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition);
        Assert.Equal("psd.cumbria", transition.UserName);
    }

    [Fact]
    public async Task Review_OwnDeclaration_RefusedAndNothingWritten()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "psd.cumbria", "Acme Ltd", 20_00)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Gifts/Register/View/{id}";
        var response = await psd.PostFormAsync(url, new() { ["Review.Outcome"] = "Reviewed", ["Review.Note"] = "All fine", ["Review.Version"] = "0" }, $"{url}?handler=Review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(GiftWorkflow.OwnDeclaration, (await PortalClient.ParseAsync(response)).ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ReviewStatus.AwaitingReview, (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ReviewStatus);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == "GiftDeclaration" && e.Action == AuditAction.Transition));
    }

    [Fact]
    public async Task Review_WithoutNote_ShowsMessage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Gifts/Register/View/{id}";
        var response = await psd.PostFormAsync(url, new() { ["Review.Outcome"] = "Reviewed", ["Review.Note"] = " ", ["Review.Version"] = "0" }, $"{url}?handler=Review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).FieldError("Review_Note"));
    }

    [Fact]
    public async Task Review_StaleVersion_ToldChangedBySomeoneElse()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00)).Id;
        }

        var first = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var second = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var url = $"/Gifts/Register/View/{id}";
        var won = await first.PostFormAsync(url, new() { ["Review.Outcome"] = "Reviewed", ["Review.Note"] = "First", ["Review.Version"] = "0" }, $"{url}?handler=Review");
        var lost = await second.PostFormAsync(url, new() { ["Review.Outcome"] = "NeedsAction", ["Review.Note"] = "Second", ["Review.Version"] = "0" }, $"{url}?handler=Review");

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("First", (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ReviewNote);
    }

    [Fact]
    public async Task PsdApproval_MovesAwaitingPsdToApproved()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        int version;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var declaration = await GiftData.AwaitingPsdAsync(db, "officer.cumbria", "Delta Catering");
            (id, version) = (declaration.Id, declaration.Version);
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Gifts/Register/View/{id}";
        Assert.NotNull((await psd.GetPageAsync(url)).QuerySelector("#approve-form"));
        var response = await psd.PostFormAsync(url, new() { ["Approval.Decision"] = "approve", ["Approval.Note"] = "Proportionate", ["Approval.Version"] = version.ToString() }, $"{url}?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var saved = await check.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal(ApprovalStatus.Approved, saved.ApprovalStatus);
        Assert.Equal("psd.cumbria", saved.PsdApprovalDecidedBy);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition && e.UserName == "psd.cumbria"));
    }

    [Fact]
    public async Task PsdApproval_NotAwaitingPsd_ShowsMessage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Gifts/Register/View/{id}";
        var response = await psd.PostFormAsync(url, new() { ["Approval.Decision"] = "approve", ["Approval.Version"] = "0" }, $"{url}?handler=Approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(GiftWorkflow.NotAwaitingPsd, (await PortalClient.ParseAsync(response)).ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.NotRequired, (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Fact]
    public async Task ExportCsv_ReturnsFilteredRowsAndWritesExportEvent()
    {
        var (factory, psd) = await RegisterWithFourAsync();
        await using var _ = factory;

        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Csv&Filter.Organisation=Acme");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Reference,Force,Date of offer", lines[0]);
        Assert.Contains(lines, l => l.Contains("Acme Holdings") && l.Contains("75.00"));
        Assert.DoesNotContain(lines, l => l.Contains("Bidco"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var export = await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.Export);
        Assert.Equal("GiftDeclaration", export.EntityType);
        Assert.Contains("\"rows\":2", export.Changes);
        Assert.Contains("organisation starts with", export.Changes);
    }

    [Fact]
    public async Task ExportExcel_ReturnsAnXlsxAndWritesExportEvent()
    {
        var (factory, psd) = await RegisterWithFourAsync();
        await using var _ = factory;

        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Excel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportModel.ExcelContentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 100);
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var export = await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.Export);
        Assert.Contains("\"rows\":4", export.Changes);
    }

    [Fact]
    public async Task HomePage_TellsPsdWhatAwaitsIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await GiftData.AwaitingPsdAsync(db, "officer.cumbria", "Delta Catering");
            await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00);
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var text = (await psd.GetPageAsync("/")).Body!.TextContent;
        Assert.Contains("1 acceptance of gifts or hospitality awaiting PSD approval", text);
        Assert.Contains("2 gifts and hospitality declarations awaiting PSD review", text);
        Assert.DoesNotContain("awaiting PSD review", (await officer.GetPageAsync("/")).Body!.TextContent);
    }

    [Theory]
    [InlineData("", "Filter.Outcome", "")]
    [InlineData("Filter.Outcome=Accepted", "Filter.Outcome", "Accepted")]
    [InlineData("Filter.Approval=AwaitingLineManager", "Filter.Approval", "AwaitingLineManager")]
    [InlineData("Filter.Review=AwaitingReview", "Filter.Review", "AwaitingReview")]
    [InlineData("Filter.Pattern=RepeatOffers", "Filter.Pattern", "RepeatOffers")]
    public async Task Filters_WithAFewOptions_AreRadiosWithAnAnyOption_KeepingTheQueryName(string query, string name, string chosen)
    {
        var (factory, psd) = await RegisterWithFourAsync();
        await using var _ = factory;

        var page = await psd.GetPageAsync($"/Gifts/Register?{query}");

        Assert.Null(page.QuerySelector($"select[name='{name}']"));
        var radios = page.QuerySelectorAll($"input[type=radio][name='{name}']");
        Assert.InRange(radios.Length, 3, 6);
        Assert.Equal("", radios[0].GetAttribute("value"));
        Assert.Equal(chosen, Assert.Single(radios, r => r.HasAttribute("checked")).GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("legend"), l => l.TextContent.Trim() is "Accepted or declined" or "Approval" or "PSD review" or "Pattern flag");
    }
}
