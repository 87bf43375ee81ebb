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
        await Keys.SignInAsync(page, "officer.cumbria");

        // A declined offer.
        await Keys.OpenMenuAsync(page, "Gifts and hospitality");
        await AssertNoAxeViolationsAsync(page);
        await DeclareAsync(page, "Lakeland Catering Ltd", false, "Dinner at a supplier's event", "35.00", "I declined it", disposal: null);
        await AssertNoAxeViolationsAsync(page);

        // An accepted one above the approval value (£50 by default): it waits for approval.
        await Keys.OpenMenuAsync(page, "Gifts and hospitality");
        await DeclareAsync(page, "Lakeland Catering Ltd", true, "Two tickets to a rugby international", "120.00", "I accepted it", disposal: "Kept personally");
        await Expect(page.Locator("main")).ToContainTextAsync("Awaiting line manager");
        await AssertNoAxeViolationsAsync(page);
        var id = Regex.Match(page.Url, @"/View/(\d+)").Groups[1].Value;
        var reference = $"GH-{int.Parse(id):D6}";
        await Keys.SignOutAsync(page);

        // The line manager approves it.
        await Keys.SignInAsync(page, "manager.cumbria");
        await Keys.OpenMenuAsync(page, "Team gifts and hospitality");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }).First);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Do you approve the acceptance?", "Approve the acceptance");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator("#check-decision")).ToHaveTextAsync("Approve the acceptance");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record my decision" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Decision recorded");
        await Expect(page.Locator("#outcome")).ToHaveTextAsync("Acceptance approved");
        await Expect(page.Locator("#next")).ToContainTextAsync("The professional standards department decides next");
        await AssertNoAxeViolationsAsync(page);
        await Keys.SignOutAsync(page);

        // PSD approves it, then finds the organisation's offers in the register and exports them.
        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.OpenMenuAsync(page, "Gifts register");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Organisation starts with", new() { Exact = true }), "Lakeland");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("2 declarations");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "PSD decision on the acceptance", "Approve");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator("#check-decision")).ToHaveTextAsync("Approve the acceptance");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Decision recorded");
        await Expect(page.Locator("#outcome")).ToHaveTextAsync("Acceptance approved");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#back-to-declaration"));
        await Expect(page.Locator("#approval-status")).ToHaveTextAsync("Approved");

        await Keys.OpenMenuAsync(page, "Gifts register");
        await Keys.TypeAsync(page.GetByLabel("Organisation starts with", new() { Exact = true }), "Lakeland");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("2 declarations");
        var download = await page.RunAndWaitForDownloadAsync(() => Keys.ActivateAsync(page.Locator("#export-csv"), navigates: false));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Lakeland Catering Ltd", csv);
        Assert.Contains("Two tickets to a rugby international", csv);
        Assert.Contains("Dinner at a supplier's event", csv);
    }

    /// <summary>Declares through the three question pages, Check your answers and the confirmation; axe-core on each.</summary>
    private static async Task DeclareAsync(IPage page, string organisation, bool existing, string description, string value, string outcome, string? disposal)
    {
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Declare an offer" }));

        // Who made the offer.
        await Expect(page.Locator("h1")).ToContainTextAsync("Who made the offer");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Name of the person who made the offer", new() { Exact = true }), "Sam Keswick");
        if (existing)
        {
            await Keys.PickAsync(page, "Organisation they represent", organisation[..8], organisation);
        }
        else
        {
            await Keys.AddNewInPickerAsync(page, "organisation", organisation);
        }

        await Keys.ChooseAsync(page, "Their relationship to the force", "Current supplier");
        await Keys.ChooseAsync(page, "Are you involved in any purchasing decision about this organisation?", "No");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        // What was offered and its value.
        await Expect(page.Locator("h1")).ToContainTextAsync("What was offered and its value");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "What was offered", "Hospitality");
        await Keys.TypeAsync(page.GetByLabel("Describe what was offered", new() { Exact = true }), description);
        await Keys.TypeAsync(page.GetByLabel("Estimated value in pounds and pence (£)", new() { Exact = true }), value);
        await Keys.ChooseAsync(page, "Is it cash or a cash equivalent (vouchers, gift cards)?", "No");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        // When it was offered and whether it was accepted.
        await Expect(page.Locator("h1")).ToContainTextAsync("When it was offered and whether you accepted it");
        await AssertNoAxeViolationsAsync(page);
        await Keys.DateAsync(page, "Date of the offer", DateTime.Today.AddDays(-3));
        await Keys.ChooseAsync(page, "Did you accept or decline it?", outcome);
        await Keys.TypeAsync(page.GetByLabel("Why did you accept or decline it?", new() { Exact = true }), "Recorded as policy requires");
        if (disposal is not null)
        {
            await Keys.ChooseAsync(page, "If you accepted it, what happened to it?", disposal);
        }

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        // Check your answers, then the confirmation.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before declaring the offer");
        await Expect(page.Locator("#answers")).ToContainTextAsync(description);
        await Expect(page.Locator("#answers")).ToContainTextAsync(organisation);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Declare the offer" }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/Declared/\d+"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Declaration made");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^declaration GH-") }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/View/\d+"));
    }
}
