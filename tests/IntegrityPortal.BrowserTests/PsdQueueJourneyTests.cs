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
        await Keys.SignInAsync(page, "psd.warwickshire");

        await page.GotoAsync("/Gifts/Register?Filter.Review=AwaitingReview&Sort=value-desc");
        await AssertNoAxeViolationsAsync(page);
        var rows = page.Locator("table tbody tr");
        var firstReference = (await rows.Nth(0).Locator("a.govuk-link").First.TextContentAsync())!.Trim();
        var secondReference = (await rows.Nth(1).Locator("a.govuk-link").First.TextContentAsync())!.Trim();

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = firstReference, Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(firstReference);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#next-in-list"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(secondReference);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Back to the register" }));
        await Expect(page).ToHaveURLAsync(new Regex("Filter.Review=AwaitingReview"));
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "PSD review", Exact = true })
            .GetByLabel("Awaiting PSD review", new() { Exact = true })).ToBeCheckedAsync();

        await Keys.TickAsync(page.GetByLabel($"Select {firstReference}", new() { Exact = true }));
        await Keys.TickAsync(page.GetByLabel($"Select {secondReference}", new() { Exact = true }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Mark selected as reviewed" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("Mark 2 declarations reviewed"));
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a note of the review");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Note of the review", new() { Exact = true }), "Within policy");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }));

        await Expect(page.Locator("#confirmation")).ToContainTextAsync("2 declarations marked reviewed");
        await Expect(page).ToHaveURLAsync(new Regex("Filter.Review=AwaitingReview"));
        await AssertNoAxeViolationsAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = firstReference, Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Psd_OpensAPersonFromTheRegister_AndThePressOffice_AcknowledgesSeveralContacts()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "psd.cumbria");

        await page.GotoAsync("/Gifts/Register");
        var declarant = page.Locator("table tbody tr").Nth(0).Locator("td").Nth(3).Locator("a");
        var name = (await declarant.TextContentAsync())!.Trim();
        await Keys.ActivateAsync(declarant);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Expect(page).ToHaveTitleAsync(new Regex("integrity record"));
        foreach (var section in new[] { "Gifts and hospitality", "Business interests", "Media contacts", "Investigations concerning them" })
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = section, Exact = true })).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#gifts tbody tr").First).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);

        // The same person is found by name from the search page.
        await Keys.OpenMenuAsync(page, "Find a person");
        await Keys.TypeAsync(page.GetByLabel("Name or collar or staff number", new() { Exact = true }), name.Split(' ')[0]);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("found");
        await AssertNoAxeViolationsAsync(page);

        await session.Context.ClearCookiesAsync();
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "press-office.cumbria");
        await page.GotoAsync("/Media/Office?Filter.Acknowledgement=Awaiting");
        await AssertNoAxeViolationsAsync(page);
        var boxes = page.Locator("input[name=Selected]");
        var first = (await boxes.Nth(0).GetAttributeAsync("value"))!.Split(':')[0];
        var second = (await boxes.Nth(1).GetAttributeAsync("value"))!.Split(':')[0];
        await Keys.TickAsync(boxes.Nth(0));
        await Keys.TickAsync(boxes.Nth(1));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge selected contacts" }));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("Acknowledge 2 contacts"));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge these contacts" }));

        await Expect(page.Locator("#confirmation")).ToContainTextAsync("2 contacts acknowledged");
        await Expect(page).ToHaveURLAsync(new Regex("Filter.Acknowledgement=Awaiting"));
        await AssertNoAxeViolationsAsync(page);
        await Expect(page.Locator($"input[value^='{first}:']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"input[value^='{second}:']")).ToHaveCountAsync(0);
    }
}
