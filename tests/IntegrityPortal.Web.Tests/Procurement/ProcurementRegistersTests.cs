using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

public class ProcurementRegistersTests
{
    [Theory]
    [InlineData("officer.cumbria", "/Procurement/Suppliers")]
    [InlineData("press-office.cumbria", "/Procurement/Contracts")]
    [InlineData("pcc.cumbria", "/Procurement/Cards")]
    [InlineData("psd.cumbria", "/Procurement/Suppliers/Add")]
    [InlineData("psd.cumbria", "/Procurement/Contracts/Import")]
    [InlineData("head-of-psd.cumbria", "/Procurement/Cards/Add")]
    [InlineData("procurement.cumbria", "/Procurement/Matches")]
    [InlineData("admin.cumbria", "/Procurement/Suppliers")]
    public async Task WrongRoles_AreRefused(string user, string url)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(url, new() { ["Input.SupplierReference"] = "X" })).StatusCode);
    }

    [Fact]
    public async Task Lists_ShowOnlyTheUsersForce_AndPsdReadsThemWithoutAddLinks()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        int suppliers;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            suppliers = await db.Suppliers.CountAsync(s => s.ForceId == cumbria);
        }

        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var own = await procurement.GetPageAsync("/Procurement/Suppliers");
        var read = await psd.GetPageAsync("/Procurement/Suppliers");
        var contracts = await psd.GetPageAsync("/Procurement/Contracts?Route=Tender");
        var cards = await psd.GetPageAsync("/Procurement/Cards?Merchant=AMZN");
        var badFilter = await psd.GetPageAsync("/Procurement/Contracts?Route=Barter");

        Assert.True(suppliers > 20);
        Assert.Equal($"{suppliers} suppliers", own.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Equal(suppliers, own.QuerySelectorAll("#suppliers tbody tr").Length);
        Assert.NotNull(own.QuerySelector("#add-supplier"));
        Assert.Null(read.QuerySelector("#add-supplier"));
        Assert.All(contracts.QuerySelectorAll("#contracts tbody tr"), r => Assert.Contains("Tender", r.TextContent));
        Assert.All(cards.QuerySelectorAll("#transactions tbody tr"), r => Assert.Contains("AMZN MKTP UK*", r.TextContent));
        Assert.NotEmpty(cards.QuerySelectorAll("#transactions tbody tr"));
        Assert.Equal("Select a route", badFilter.FieldError("Route"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == "CardTransactions" && e.Action == AuditAction.Read && e.UserName == "psd.cumbria"));
    }

    [Fact]
    public async Task Supplier_BadInput_ShowsMessagesBesideTheFields_KeepsWhatWasTyped_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var thamesValleyOrganisation = await OtherForceOrganisationAsync(factory);

        var bad = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Suppliers/Add", new()
        {
            ["Input.NewOrganisationName"] = "Quillfeather Stationers Ltd", ["Input.SupplierReference"] = "",
            ["Input.CompanyNumber"] = "1234", ["Input.RegisteredAddress"] = "1 High Street", ["Input.Postcode"] = "XX XX",
            ["Input.VatNumber"] = "123456789", ["Input.Status"] = "Dormant",
        }));
        var otherForce = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Suppliers/Add", new()
        {
            ["Input.OrganisationId"] = thamesValleyOrganisation.ToString(), ["Input.SupplierReference"] = "SUP-9",
            ["Input.RegisteredAddress"] = "1 High Street", ["Input.Postcode"] = "CA1 1AA", ["Input.Status"] = "Active",
        }));

        Assert.Equal("Enter the supplier reference from the finance system", bad.FieldError("Input_SupplierReference"));
        Assert.Equal(ProcurementRules.CompanyNumberFormat, bad.FieldError("Input_CompanyNumber"));
        Assert.Equal(ProcurementRules.PostcodeFormat, bad.FieldError("Input_Postcode"));
        Assert.Equal(ProcurementRules.VatNumberFormat, bad.FieldError("Input_VatNumber"));
        Assert.Equal("Select whether the supplier is active or inactive", bad.FieldError("Input_Status"));
        Assert.Equal("1234", bad.QuerySelector("#Input_CompanyNumber")!.GetAttribute("value"));
        Assert.Contains(ProcurementRules.PostcodeFormat, bad.ErrorSummary());
        Assert.Equal("Select an organisation from the list", otherForce.FieldError("Input_OrganisationId"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.Suppliers.ToListAsync());
        Assert.False(await check.Organisations.AnyAsync(o => o.Name == "Quillfeather Stationers Ltd"));
    }

    [Fact]
    public async Task Supplier_IsAdded_Audited_AndItsReferenceIsUniqueInTheForce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        Dictionary<string, string> Form(string reference) => new()
        {
            ["Input.NewOrganisationName"] = "Quillfeather Stationers Ltd", ["Input.SupplierReference"] = reference, ["Input.CompanyNumber"] = "sc 123456",
            ["Input.RegisteredAddress"] = "1 High Street, Carlisle", ["Input.Postcode"] = "ca11aa", ["Input.VatNumber"] = "GB 123 4567 89", ["Input.Status"] = "Active",
        };

        var added = await client.PostFormAsync("/Procurement/Suppliers/Add", Form("SUP-1"));
        var again = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Suppliers/Add", Form("SUP-1")));
        var list = await client.GetPageAsync("/Procurement/Suppliers");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("A supplier with this reference is already recorded: enter another reference", again.FieldError("Input_SupplierReference"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var supplier = await check.Suppliers.Include(s => s.Organisation).SingleAsync();
        Assert.Equal($"/Procurement/Suppliers/Added/{supplier.Id}", added.Headers.Location!.OriginalString);
        Assert.Equal(("CA1 1AA", "GB123456789", "SC123456"), (supplier.Postcode, supplier.VatNumber, supplier.Organisation!.CompanyNumber));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Supplier) && e.Action == AuditAction.Created && e.UserName == "procurement.cumbria"));
        Assert.Contains("Quillfeather Stationers Ltd", list.QuerySelector("#suppliers")!.TextContent);
    }

    [Fact]
    public async Task Contract_BadInput_ShowsMessagesBesideTheFields_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");

        var bad = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Contracts/Add", new()
        {
            ["Input.Reference"] = "CT-1", ["Input.Title"] = "", ["Input.Value"] = "lots", ["Input.Route"] = "Barter",
            ["Input.TenderOpenedOn"] = "2026-03-01", ["Input.AwardedOn"] = "2026-01-01", ["Input.PanelMembers"] = "NO-SUCH",
        }));
        var people = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Contracts/Add", new()
        {
            ["Input.Reference"] = "CT-1", ["Input.Title"] = "Fleet", ["Input.Value"] = "1000", ["Input.Route"] = "DirectAward",
            ["Input.PanelMembers"] = "NO-SUCH, NOBODY", ["Input.Signatory"] = "NONE",
        }));

        Assert.Equal("Enter the title of the contract", bad.FieldError("Input_Title"));
        Assert.Equal("Enter the amount in pounds and pence, like 12.50 or 1,250", bad.FieldError("Input_Value"));
        Assert.Equal("Select how the contract was let", bad.FieldError("Input_Route"));
        Assert.Equal("The date of the award must be the same as or after the date the tender opened", bad.FieldError("Input_AwardedOn"));
        Assert.Equal("No one in the force has the number NO-SUCH, NOBODY", people.FieldError("Input_PanelMembers"));
        Assert.Equal("No one in the force has the number NONE", people.FieldError("Input_Signatory"));
        Assert.Equal("lots", bad.QuerySelector("#Input_Value")!.GetAttribute("value"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.Contracts.ToListAsync());
    }

    [Fact]
    public async Task Card_BadInput_ShowsMessagesBesideTheFields_AndWritesNothing_AndAGoodOneIsRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var number = await ProcurementData.NumberOfAsync(factory, "manager.cumbria");

        var bad = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Cards/Add", new()
        {
            ["Input.BankReference"] = "B-1", ["Input.CardHolder"] = "NO-SUCH", ["Input.TransactionOn"] = "2099-01-01",
            ["Input.MerchantName"] = "", ["Input.Amount"] = "12.345",
        }));
        var holder = await PortalClient.ParseAsync(await client.PostFormAsync("/Procurement/Cards/Add", new()
        {
            ["Input.BankReference"] = "B-1", ["Input.CardHolder"] = "NO-SUCH", ["Input.TransactionOn"] = "2026-01-01",
            ["Input.MerchantName"] = "TESCO", ["Input.Amount"] = "12.34",
        }));
        var good = await client.PostFormAsync("/Procurement/Cards/Add", new()
        {
            ["Input.BankReference"] = "B-1", ["Input.CardHolder"] = number, ["Input.TransactionOn"] = ProcurementData.Today.AddDays(-3).ToString("yyyy-MM-dd"),
            ["Input.MerchantName"] = "AMZN MKTP UK*2K3", ["Input.Amount"] = "-12.34",
        });

        Assert.Equal("The date of the transaction must be today or in the past", bad.FieldError("Input_TransactionOn"));
        Assert.Equal("Enter the merchant as the bank statement shows it", bad.FieldError("Input_MerchantName"));
        Assert.Equal("Enter the value to the nearest penny: no more than 2 digits after the decimal point", bad.FieldError("Input_Amount"));
        Assert.Equal("No one in the force has the number NO-SUCH", holder.FieldError("Input_CardHolder"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var transaction = await check.CardTransactions.SingleAsync();
        Assert.Equal(-1_234, transaction.AmountPence);
        Assert.Equal($"/Procurement/Cards/Added/{transaction.Id}", good.Headers.Location!.OriginalString);
    }

    // ---- The confirmation pages after adding ---------------------------------------------

    private static async Task<(int Suppliers, int Contracts, int Cards, int Matches, int Changes)> CountsAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return (await db.Suppliers.CountAsync(), await db.Contracts.CountAsync(), await db.CardTransactions.CountAsync(), await db.ProcurementMatches.CountAsync(),
            await db.AuditEvents.CountAsync(e => e.Action != AuditAction.Read));
    }

    /// <summary>Opens the confirmation twice (a reload) and checks that it wrote nothing; returns the page.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> OpenTwiceAsync(PortalFactory factory, PortalClient client, string url)
    {
        var before = await CountsAsync(factory);
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(before, await CountsAsync(factory));
        Assert.Null(page.QuerySelector("main form"));
        return page;
    }

    private static async Task<int> MatchesNamingAsync(PortalFactory factory, MatchRecordKind kind, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.ProcurementMatches.CountAsync(m => (m.LeftKind == kind && m.LeftId == id) || (m.RightKind == kind && m.RightId == id));
    }

    [Fact]
    public async Task Supplier_LeadsToItsConfirmation_WhichSaysWhatTheCrossCheckFound_AndAReloadAddsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        // An officer was offered hospitality by the organisation before it became a supplier.
        var (_, organisation, _) = await ProcurementData.OfferAsync(factory, "officer.cumbria", "Quillfeather Stationers Ltd");
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");

        var added = await client.PostFormAsync("/Procurement/Suppliers/Add", new()
        {
            ["Input.OrganisationId"] = organisation.ToString(), ["Input.OrganisationName"] = "Quillfeather Stationers Ltd", ["Input.SupplierReference"] = "SUP-1",
            ["Input.RegisteredAddress"] = "1 High Street, Carlisle", ["Input.Postcode"] = "CA1 1AA", ["Input.Status"] = "Active",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = await db.Suppliers.Where(s => s.SupplierReference == "SUP-1").Select(s => s.Id).SingleAsync();
        }

        var url = added.Headers.Location!.OriginalString;
        Assert.Equal($"/Procurement/Suppliers/Added/{id}", url);
        Assert.Equal(1, await MatchesNamingAsync(factory, MatchRecordKind.Supplier, id));
        var panel = await OpenTwiceAsync(factory, client, url);
        Assert.Equal("Supplier added", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("SUP-1", panel.QuerySelector("#reference")!.TextContent);
        Assert.Contains("Quillfeather Stationers Ltd", panel.QuerySelector("#supplier")!.TextContent);
        var crossCheck = panel.QuerySelector("#cross-check")!.TextContent;
        Assert.Contains("found 1 possible conflict of interest with supplier SUP-1", crossCheck);
        // The matches are PSD's: procurement is told, not sent to a page it cannot open.
        Assert.Null(panel.QuerySelector("#matches-link"));
        Assert.Contains("PSD see them", crossCheck);
        Assert.Equal("/Procurement/Suppliers/Add", panel.QuerySelector("#add-another")!.GetAttribute("href"));
        Assert.Equal("/Procurement/Suppliers", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));

        // Someone who keeps the register and also reviews the matches is offered them.
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var userId = await db.Users.Where(u => u.UserName == "procurement.cumbria").Select(u => u.Id).SingleAsync();
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = userId, RoleId = Core.Security.Roles.Psd });
            await db.SaveChangesAsync();
        }

        var both = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        Assert.Equal("/Procurement/Matches", (await both.GetPageAsync(url)).QuerySelector("#matches-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Contract_LeadsToItsConfirmation_AndAReloadRecordsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");

        var added = await client.PostFormAsync("/Procurement/Contracts/Add", new()
        {
            ["Input.Reference"] = "CT-1", ["Input.Title"] = "Fleet maintenance", ["Input.Value"] = "1,250", ["Input.Route"] = "DirectAward",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = await db.Contracts.Where(c => c.Reference == "CT-1").Select(c => c.Id).SingleAsync();
        }

        var url = added.Headers.Location!.OriginalString;
        Assert.Equal($"/Procurement/Contracts/Added/{id}", url);
        var panel = await OpenTwiceAsync(factory, client, url);
        Assert.Equal("Contract recorded", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("CT-1", panel.QuerySelector("#reference")!.TextContent);
        Assert.Contains("£1,250.00", panel.QuerySelector("#contract")!.TextContent);
        Assert.Contains("found no possible conflicts of interest with contract CT-1", panel.QuerySelector("#cross-check")!.TextContent);
        Assert.Equal("/Procurement/Contracts/Add", panel.QuerySelector("#add-another")!.GetAttribute("href"));
        Assert.Equal("/Procurement/Contracts", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Card_LeadsToItsConfirmation_WhichSaysWhatTheCrossCheckFound_AndAReloadRecordsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        // The card holder was entertained by the place the card then paid.
        var (_, _, holder) = await ProcurementData.OfferAsync(factory, "manager.cumbria", "Harbour Catering Co Ltd");
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");

        var added = await client.PostFormAsync("/Procurement/Cards/Add", new()
        {
            ["Input.BankReference"] = "B-7", ["Input.CardHolder"] = holder, ["Input.TransactionOn"] = ProcurementData.Today.AddDays(-3).ToString("yyyy-MM-dd"),
            ["Input.MerchantName"] = "SQ *HARBOUR CATERING", ["Input.Amount"] = "84.50",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = await db.CardTransactions.Where(t => t.BankReference == "B-7").Select(t => t.Id).SingleAsync();
        }

        var url = added.Headers.Location!.OriginalString;
        Assert.Equal($"/Procurement/Cards/Added/{id}", url);
        var matches = await MatchesNamingAsync(factory, MatchRecordKind.CardTransaction, id);
        Assert.Equal(1, matches);
        var panel = await OpenTwiceAsync(factory, client, url);
        Assert.Equal("Card transaction recorded", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("B-7", panel.QuerySelector("#reference")!.TextContent);
        Assert.Contains(Infrastructure.UkFormat.Date(ProcurementData.Today.AddDays(-3)), panel.QuerySelector("#transaction")!.TextContent);
        Assert.Contains("found 1 possible conflict of interest with transaction B-7", panel.QuerySelector("#cross-check")!.TextContent);
        // It does not name the card holder.
        Assert.DoesNotContain(holder, panel.QuerySelector("main")!.TextContent);
        Assert.Equal("/Procurement/Cards/Add", panel.QuerySelector("#add-another")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("psd.cumbria")]
    [InlineData("head-of-psd.cumbria")]
    [InlineData("officer.cumbria")]
    [InlineData("admin.cumbria")]
    public async Task Confirmations_AreRefusedToRolesThatDoNotAdd(string user)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        int supplier, contract, card;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            supplier = await db.Suppliers.Where(x => x.ForceId == cumbria).Select(x => x.Id).FirstAsync();
            contract = await db.Contracts.Where(x => x.ForceId == cumbria).Select(x => x.Id).FirstAsync();
            card = await db.CardTransactions.Where(x => x.ForceId == cumbria).Select(x => x.Id).FirstAsync();
        }

        var client = await PortalClient.SignInAsync(factory, user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Procurement/Suppliers/Added/{supplier}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Procurement/Contracts/Added/{contract}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Procurement/Cards/Added/{card}")).StatusCode);
    }

    [Fact]
    public async Task Confirmations_OfAnotherForcesRecords_AreNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        int supplier, contract, card;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            supplier = await db.Suppliers.Where(x => x.ForceId == thamesValley).Select(x => x.Id).FirstAsync();
            contract = await db.Contracts.Where(x => x.ForceId == thamesValley).Select(x => x.Id).FirstAsync();
            card = await db.CardTransactions.Where(x => x.ForceId == thamesValley).Select(x => x.Id).FirstAsync();
        }

        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var own = await PortalClient.SignInAsync(factory, "procurement.thames-valley");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Procurement/Suppliers/Added/{supplier}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Procurement/Contracts/Added/{contract}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Procurement/Cards/Added/{card}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/Procurement/Suppliers/Added/{supplier}")).StatusCode);
    }

    private static async Task<int> OtherForceOrganisationAsync(PortalFactory factory)
    {
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var organisation = new Core.Organisations.Organisation { ForceId = thamesValley, Name = "Thames Valley Only Ltd" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }
}
