using System.Net;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

public class ProcurementImportTests
{
    private const string SupplierHeader = "Supplier reference,Name,Company number,Registered address,Postcode,VAT number,Status";

    [Fact]
    public async Task Suppliers_FileWithOneBadRow_WritesNothing_AndListsEveryBadRowWithItsLine()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var csv = string.Join("\n",
            SupplierHeader,
            "SUP-1,Quillfeather Stationers Ltd,01234567,\"1 High Street, Carlisle\",CA1 1AA,GB123456789,Active",
            "SUP-2,Albion Cleaning Ltd,,\"2 Mill Lane, Kendal\",NOT A POSTCODE,,Active",
            "SUP-3,Beacon Printing Ltd,,\"3 Station Road, Penrith\",CA11 7AA,GB12,",
            "SUP-1,Quillfeather Again Ltd,,\"4 Park Road\",CA1 1AA,,Active");

        var page = await PortalClient.ParseAsync(await client.PostFileAsync("/Procurement/Suppliers/Import", "Upload", "suppliers.csv", csv));

        var problems = page.QuerySelectorAll("#problems tbody tr").Select(r => (Line: r.Children[0].TextContent.Trim(), Problem: r.Children[1].TextContent.Trim())).ToList();
        Assert.Equal(
        [
            ("3", "Postcode: " + ProcurementRules.PostcodeFormat),
            ("4", "VAT number: " + ProcurementRules.VatNumberFormat),
            ("5", "The same reference ‘SUP-1’ is on line 2: each row must have its own reference"),
        ], problems);
        Assert.StartsWith("Nothing was imported: 3 rows have problems", page.FieldError("Upload"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.Suppliers.ToListAsync());
        Assert.Empty(await check.Organisations.ToListAsync());
    }

    [Fact]
    public async Task Suppliers_GoodFile_IsImported_AndImportingItAgainChangesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var csv = string.Join("\r\n",
            "\uFEFF" + SupplierHeader,
            "SUP-1,Quillfeather Stationers Ltd,01234567,\"1 High Street, Carlisle\",CA1 1AA,GB123456789,Active",
            "SUP-2,Albion Cleaning Ltd,,\"2 Mill Lane, Kendal\",LA9 4DQ,,Inactive",
            "");

        var first = await client.PostFileAsync("/Procurement/Suppliers/Import", "Upload", "suppliers.csv", csv);
        var (rows, events) = await CountsAsync(factory);
        var second = await client.PostFileAsync("/Procurement/Suppliers/Import", "Upload", "suppliers.csv", csv);
        var list = await client.GetPageAsync("/Procurement/Suppliers");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(4, rows); // two suppliers and their two organisations
        Assert.Equal((rows, events), await CountsAsync(factory));
        Assert.Equal("2 rows imported from suppliers.csv: 0 added, 0 updated, 2 already recorded as they are.", list.QuerySelector("#confirmation")!.TextContent.Trim());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(SupplierStatus.Inactive, (await check.Suppliers.SingleAsync(s => s.SupplierReference == "SUP-2")).Status);
    }

    [Fact]
    public async Task Contracts_Imported_RaiseTheOfferMatch_AndReimportChangesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (giftId, _, number) = await ProcurementData.OfferAsync(factory, "officer.cumbria", "Harbour Catering Co Ltd", daysAgo: 40);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var csv = string.Join("\n",
            "Reference,Title,Supplier,Value,Route,Tender opened,Awarded,Start,End,Awarding department,Bidders,Panel,Signatory",
            $"CT-1,Custody catering,HARBOUR CATERING COMPANY LIMITED,\"125,000.00\",Tender,{ProcurementData.Uk(ProcurementData.Today.AddDays(-90))},{ProcurementData.Uk(ProcurementData.Today.AddDays(-10))},,,Procurement,Albion Catering Ltd;Beacon Foods Ltd,{number},",
            $"CT-2,Stationery,Quillfeather Stationers Ltd,950,Quotation,,{ProcurementData.Uk(ProcurementData.Today.AddDays(-5))},,,,,,");

        var first = await client.PostFileAsync("/Procurement/Contracts/Import", "Upload", "contracts.csv", csv);
        var afterFirst = await ProcurementData.MatchesAsync(factory);
        var (rows, events) = await CountsAsync(factory);
        var second = await client.PostFileAsync("/Procurement/Contracts/Import", "Upload", "contracts.csv", csv);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var offer = Assert.Single(afterFirst, m => m.Kind == MatchKind.OfferFromSupplier);
        Assert.Equal((MatchRecordKind.GiftDeclaration, giftId, MatchRecordKind.Contract), (offer.LeftKind, offer.LeftId, offer.RightKind));
        Assert.Equal(MatchPriority.High, offer.Priority);
        Assert.Contains("sat on the evaluation panel", offer.Reason);
        Assert.Contains(afterFirst, m => m.Kind == MatchKind.DuplicateOrganisation);
        Assert.Equal((rows, events), await CountsAsync(factory));
        Assert.Equal(afterFirst.Count, (await ProcurementData.MatchesAsync(factory)).Count);
    }

    [Fact]
    public async Task Cards_BadDatesAndUnknownHolders_AreListed_AndAFileWithoutTheColumnsIsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var number = await ProcurementData.NumberOfAsync(factory, "manager.cumbria");
        var csv = string.Join("\n",
            "Transaction reference,Card holder,Date,Merchant,Amount,Merchant category,Description",
            $"B-1,{number},31/02/2026,TESCO STORES 2345,12.50,,",
            $"B-2,NO-SUCH,01/02/2026,TESCO STORES 2345,12.50,,",
            $"B-3,{number},01/02/2026,\"UNBALANCED,12.50,,");

        var page = await PortalClient.ParseAsync(await client.PostFileAsync("/Procurement/Cards/Import", "Upload", "statement.csv", csv));
        var noColumns = await PortalClient.ParseAsync(await client.PostFileAsync("/Procurement/Cards/Import", "Upload", "statement.csv", "Ref,Who\nB-1,1004\n"));
        var notCsv = await PortalClient.ParseAsync(await client.PostFileAsync("/Procurement/Cards/Import", "Upload", "statement.xlsx", "x"));

        var problems = page.QuerySelectorAll("#problems tbody tr").Select(r => (Line: r.Children[0].TextContent.Trim(), Problem: r.Children[1].TextContent.Trim())).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Equal(("2", "Date: Enter the date as day/month/year, like 23/11/2026"), problems[0]);
        Assert.Equal(("3", "Card holder: No one in the force has the number NO-SUCH"), problems[1]);
        Assert.Equal("4", problems[2].Line);
        Assert.StartsWith("Nothing was imported: 1 row has a problem", noColumns.FieldError("Upload"));
        Assert.Contains("Transaction reference, Card holder, Date, Merchant, Amount", noColumns.QuerySelector("#problems")!.TextContent);
        Assert.Equal("The selected file must be a CSV file (ending .csv)", notCsv.FieldError("Upload"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.CardTransactions.ToListAsync());
    }

    private static async Task<(int Rows, int Events)> CountsAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var rows = await db.Suppliers.CountAsync() + await db.Contracts.CountAsync() + await db.ContractBidders.CountAsync()
                   + await db.ContractPeople.CountAsync() + await db.CardTransactions.CountAsync() + await db.Organisations.CountAsync();
        var events = await db.AuditEvents.CountAsync(e => e.Action != Core.Auditing.AuditAction.Read);
        return (rows, events);
    }
}
