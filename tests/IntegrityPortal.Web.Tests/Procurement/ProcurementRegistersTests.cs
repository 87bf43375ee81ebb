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
