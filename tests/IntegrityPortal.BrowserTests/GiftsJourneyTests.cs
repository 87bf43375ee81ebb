using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class GiftsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task OfficerDeclares_LineManagerAndPsdApprove_PsdFindsItByOrganisationAndExports()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await SignInAsync(page, "officer.cumbria");

        // A declined offer.
        await OpenMenuAsync(page, "Gifts and hospitality");
        await AssertNoAxeViolationsAsync(page);
        await DeclareAsync(page, "Lakeland Catering Ltd", false, "Dinner at a supplier's event", "35.00", "I declined it", disposal: null);
        await AssertNoAxeViolationsAsync(page);

        // An accepted one above the approval value (£50 by default): it waits for approval.
        await OpenMenuAsync(page, "Gifts and hospitality");
        await DeclareAsync(page, "Lakeland Catering Ltd", true, "Two tickets to a rugby international", "120.00", "I accepted it", disposal: "Kept personally");
        await Expect(page.Locator("main")).ToContainTextAsync("Awaiting line manager");
        await AssertNoAxeViolationsAsync(page);
        var id = Regex.Match(page.Url, @"/View/(\d+)").Groups[1].Value;
        var reference = $"GH-{int.Parse(id):D6}";
        await SignOutAsync(page);

        // The line manager approves it.
        await SignInAsync(page, "manager.cumbria");
        await OpenMenuAsync(page, "Team gifts and hospitality");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "Do you approve the acceptance?", "Approve the acceptance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record my decision" }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await SignOutAsync(page);

        // PSD approves it, then finds the organisation's offers in the register and exports them.
        await SignInAsync(page, "psd.cumbria");
        await OpenMenuAsync(page, "Gifts register");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("Organisation starts with", new() { Exact = true }).FillAsync("Lakeland");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("2 declarations");
        await AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "PSD decision on the acceptance", "Approve");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Approved");
        await AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/Gifts/Register?Filter.Organisation=Lakeland");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Lakeland Catering Ltd", csv);
        Assert.Contains("Two tickets to a rugby international", csv);
        Assert.Contains("Dinner at a supplier's event", csv);
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn"));
    }

    /// <summary>Declares through the three question pages, Check your answers and the confirmation; axe-core on each.</summary>
    private static async Task DeclareAsync(IPage page, string organisation, bool existing, string description, string value, string outcome, string? disposal)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Declare an offer" }).ClickAsync();

        // Who made the offer.
        await Expect(page.Locator("h1")).ToContainTextAsync("Who made the offer");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("Name of the person who made the offer", new() { Exact = true }).FillAsync("Sam Keswick");
        if (existing)
        {
            await PickAsync(page, "Organisation they represent", organisation[..8], organisation);
        }
        else
        {
            await AddNewInPickerAsync(page, "organisation", organisation);
        }

        await page.GetByLabel("Their relationship to the force", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Current supplier" });
        await ChooseAsync(page, "Are you involved in any purchasing decision about this organisation?", "No");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // What was offered and its value.
        await Expect(page.Locator("h1")).ToContainTextAsync("What was offered and its value");
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "What was offered", "Hospitality");
        await page.GetByLabel("Describe what was offered", new() { Exact = true }).FillAsync(description);
        await page.GetByLabel("Estimated value in pounds and pence (£)", new() { Exact = true }).FillAsync(value);
        await ChooseAsync(page, "Is it cash or a cash equivalent (vouchers, gift cards)?", "No");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // When it was offered and whether it was accepted.
        await Expect(page.Locator("h1")).ToContainTextAsync("When it was offered and whether you accepted it");
        await AssertNoAxeViolationsAsync(page);
        await FillDateAsync(page, "Date of the offer", DateTime.Today.AddDays(-3));
        await ChooseAsync(page, "Did you accept or decline it?", outcome);
        await page.GetByLabel("Why did you accept or decline it?", new() { Exact = true }).FillAsync("Recorded as policy requires");
        if (disposal is not null)
        {
            await ChooseAsync(page, "If you accepted it, what happened to it?", disposal);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Check your answers, then the confirmation.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before declaring the offer");
        await Expect(page.Locator("#answers")).ToContainTextAsync(description);
        await Expect(page.Locator("#answers")).ToContainTextAsync(organisation);
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Declare the offer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/Declared/\d+"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Declaration made");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^declaration GH-") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/View/\d+"));
    }
}
