using System.Text;
using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>
/// Procurement imports contracts; the cross-check flags an offer from the winner; PSD opens the
/// match, sees the timeline, refers it to a new investigation; the quarterly pack shows it.
/// </summary>
public class ProcurementJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Procurement_ImportsContracts_PsdRefersTheMatchToANewCase_AndThePackShowsIt()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        var today = UkTime.Today(TimeProvider.System);
        string panelNumber;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            var person = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Person!).SingleAsync();
            var organisation = new Organisation { ForceId = person.ForceId, Name = "Wrenfield Catering Ltd" };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
            {
                OfferedOn = today.AddDays(-40), OfferorName = "Sales director", OrganisationId = organisation.Id, Relationship = OfferorRelationship.BiddingOrLikelyToBid,
                OfferType = OfferType.Hospitality, Description = "Dinner at an industry awards evening", ValuePence = 9_000, Outcome = OfferOutcome.Declined,
                Reason = "Could be seen to influence a procurement decision", InvolvedInPurchasing = true, IsCashOrEquivalent = false,
            });
            await db.SaveChangesAsync();
            panelNumber = person.Number;
        }

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "procurement.cumbria");
        await Keys.OpenMenuAsync(page, "Contracts and tenders");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Contracts and tenders");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "import a CSV file" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Import contracts and tenders");
        await AssertNoAxeViolationsAsync(page);

        var csv = "Reference,Title,Supplier,Value,Route,Tender opened,Awarded,Start,End,Awarding department,Bidders,Panel,Signatory\n"
                  + $"JOURNEY-1,Custody catering,WRENFIELD CATERING LIMITED,\"48,000.00\",Tender,{Uk(today.AddDays(-60))},{Uk(today.AddDays(-7))},,,Procurement,,{panelNumber},\n";
        await Keys.ChooseFileAsync(page.GetByLabel("CSV file of contracts and tenders"),
            new FilePayload { Name = "contracts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }));
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("1 row imported from contracts.csv: 1 added");
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("The cross-check raised");
        await Expect(page.Locator("#contracts")).ToContainTextAsync("JOURNEY-1");
        await AssertNoAxeViolationsAsync(page);

        // One transaction by the form: its own confirmation, with what the cross-check found.
        await Keys.OpenMenuAsync(page, "Card transactions");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Record a card transaction" }));
        await Keys.TypeAsync(page, "Bank's reference", "JOURNEY-CARD-1");
        await Keys.TypeAsync(page, "Card holder", panelNumber);
        await Keys.DateAsync(page, "Date of the transaction", today.AddDays(-2).ToDateTime(TimeOnly.MinValue));
        await Keys.TypeAsync(page, "Merchant", "TRAINLINE.COM");
        await Keys.TypeAsync(page, "Amount in pounds and pence (£)", "64.20");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the transaction" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Card transaction recorded");
        await Expect(page.Locator("#reference")).ToHaveTextAsync("JOURNEY-CARD-1");
        await Expect(page.Locator("#cross-check")).ToContainTextAsync("found no possible conflicts of interest with transaction JOURNEY-CARD-1");
        await AssertNoAxeViolationsAsync(page);
        await Keys.SignOutAsync(page);

        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.OpenMenuAsync(page, "Procurement matches");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Procurement cross-check matches");
        await AssertNoAxeViolationsAsync(page);
        var row = page.Locator("#matches tbody tr").Filter(new() { HasText = "contract JOURNEY-1" });
        await Expect(row).ToContainTextAsync("High");
        await Keys.ActivateAsync(row.GetByRole(AriaRole.Link));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Procurement match PM-");
        await Expect(page.Locator("#reason")).ToContainTextAsync("the declarant sat on the evaluation panel");
        await Expect(page.Locator("#right")).ToContainTextAsync("JOURNEY-1");
        await Expect(page.Locator("#left")).ToContainTextAsync("Wrenfield Catering Ltd");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("JOURNEY-1");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Hospitality offered to");
        var reference = Regex.Match(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), "PM-[0-9]+").Value;
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the outcome of your review");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "What is the outcome?", "Referred to an investigation");
        await Keys.ChooseAsync(page, "Which case is it referred to?", "Open a new case");
        await Keys.TypeAsync(page.GetByLabel("Note", new() { Exact = true }), "The officer sat on the panel after declining the dinner");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }));
        await Expect(page.Locator("#confirmation")).ToContainTextAsync(new Regex($"Match {reference} settled: referred to an investigation; case INV-[0-9]{{4}}-[0-9]{{4}} opened"));
        await AssertNoAxeViolationsAsync(page);

        await Keys.OpenMenuAsync(page, "Cross-check meetings");
        await Keys.ActivateAsync(page.Locator("#quarters tbody tr").Filter(new() { HasText = "Quarter in progress" }).GetByRole(AriaRole.Link));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Procurement cross-check pack");
        await Expect(page.Locator("#matches tbody tr").Filter(new() { HasText = reference })).ToContainTextAsync("Referred to an investigation");
        await Expect(page.Locator("#contracts")).ToContainTextAsync("JOURNEY-1");
        await AssertNoAxeViolationsAsync(page);
    }

    private static string Uk(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
