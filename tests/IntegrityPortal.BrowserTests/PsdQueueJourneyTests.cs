using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>PSD works through the "awaiting review" queue: next in the list, back to the same list, and several marked reviewed at once.</summary>
public class PsdQueueJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Psd_WorksThroughTheQueue_AndMarksSeveralReviewed()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await SignInAsync(page, "psd.warwickshire");

        await page.GotoAsync("/Gifts/Register?Filter.Review=AwaitingReview&Sort=value-desc");
        await AssertNoAxeViolationsAsync(page);
        var rows = page.Locator("table tbody tr");
        var firstReference = (await rows.Nth(0).Locator("a.govuk-link").First.TextContentAsync())!.Trim();
        var secondReference = (await rows.Nth(1).Locator("a.govuk-link").First.TextContentAsync())!.Trim();

        await page.GetByRole(AriaRole.Link, new() { Name = firstReference, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(firstReference);
        await AssertNoAxeViolationsAsync(page);
        await page.Locator("#next-in-list").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(secondReference);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the register" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("Filter.Review=AwaitingReview"));
        await Expect(page.GetByLabel("PSD review", new() { Exact = true })).ToHaveValueAsync("AwaitingReview");

        await page.GetByLabel($"Select {firstReference}", new() { Exact = true }).CheckAsync();
        await page.GetByLabel($"Select {secondReference}", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark selected as reviewed" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("Mark 2 declarations reviewed"));
        await AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a note of the review");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("Note of the review", new() { Exact = true }).FillAsync("Within policy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }).ClickAsync();

        await Expect(page.Locator("#confirmation")).ToContainTextAsync("2 declarations marked reviewed");
        await Expect(page).ToHaveURLAsync(new Regex("Filter.Review=AwaitingReview"));
        await AssertNoAxeViolationsAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = firstReference, Exact = true })).ToHaveCountAsync(0);
    }
}
