using System.Globalization;
using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>The footer's pages, and a gift declared with the keyboard alone through the date input, radios and the organisation autocomplete.</summary>
public class PatternsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task FooterPages_OpenWithoutSigningIn_AndPassAxe()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");

        foreach (var (link, heading) in new[] { ("Privacy notice", "Privacy notice"), ("Cookies", "Cookies"), ("Help and contact", "Help and contact") })
        {
            await Keys.ActivateAsync(page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await AssertNoAxeViolationsAsync(page);
        }
    }

    [Fact]
    public async Task GiftDeclaration_CompletedWithTheKeyboardAlone()
    {
        await using var session = await PortalSession.StartAsync(browser);
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            if (!await db.Organisations.AnyAsync(o => o.ForceId == cumbria && o.Name == "Quillfeather Stationers Ltd"))
            {
                db.Organisations.Add(new Organisation { ForceId = cumbria, Name = "Quillfeather Stationers Ltd" });
                await db.SaveChangesAsync();
            }
        }

        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria");
        await page.GotoAsync("/Gifts/Declarations/Declare");
        await AssertNoAxeViolationsAsync(page);
        var offered = DateTime.Today.AddDays(-2);

        // Who made the offer.
        await TypeInAsync(page, "Input_OfferorName", "Pat Quill");

        // The autocomplete: type part of the name, move to the suggestion and choose it with Enter.
        await TabToAsync(page, "Input_OrganisationId");
        await page.Keyboard.TypeAsync("Quillf");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Quillfeather Stationers Ltd" })).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#Input_OrganisationId")).ToHaveValueAsync("Quillfeather Stationers Ltd");

        await ChooseWithKeysAsync(page, "Input_Relationship", 4);
        await ChooseWithKeysAsync(page, "Input_InvolvedInPurchasing", 1);
        await TabToAsync(page, "continue");
        await page.Keyboard.PressAsync("Enter");

        // What was offered and its value.
        await Expect(page.Locator("h1")).ToContainTextAsync("What was offered and its value");
        await AssertNoAxeViolationsAsync(page);
        await ChooseWithKeysAsync(page, "Input_OfferType", 0);
        await TypeInAsync(page, "Input_Description", "A fountain pen");
        await TypeInAsync(page, "Input_Value", "20.00");
        await ChooseWithKeysAsync(page, "Input_IsCashOrEquivalent", 1);
        await TabToAsync(page, "continue");
        await page.Keyboard.PressAsync("Enter");

        // When it was offered and whether it was accepted.
        await Expect(page.Locator("h1")).ToContainTextAsync("When it was offered and whether you accepted it");
        await AssertNoAxeViolationsAsync(page);
        await TabToAsync(page, "Input_OfferedOn");
        await page.Keyboard.TypeAsync(offered.Day.ToString(CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(offered.Month.ToString(CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(offered.Year.ToString(CultureInfo.InvariantCulture));
        await ChooseWithKeysAsync(page, "Input_Outcome", 1);
        await TypeInAsync(page, "Input_Reason", "Declined as policy requires");
        await ChooseWithKeysAsync(page, "Input_Disposal", 0);
        await TabToAsync(page, "continue");
        await page.Keyboard.PressAsync("Enter");

        // Check your answers, sent with the keyboard, then the confirmation and the declaration.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before declaring the offer");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Quillfeather Stationers Ltd");
        await AssertNoAxeViolationsAsync(page);
        await TabToAsync(page, "declare");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/Declared/\d+"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Declaration made");
        await AssertNoAxeViolationsAsync(page);
        await TabToAsync(page, "view-declaration");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/View/\d+"));
        await Expect(page.Locator("main")).ToContainTextAsync("Quillfeather Stationers Ltd");
        await Expect(page.Locator("main")).ToContainTextAsync(offered.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await AssertNoAxeViolationsAsync(page);
    }

    /// <summary>Presses Tab until the element with the id has the focus (at most 80 times).</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}");
    }

    private static async Task TypeInAsync(IPage page, string id, string text)
    {
        await TabToAsync(page, id);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs into a radio group (its first radio) and chooses the option at the index: Space for the first, arrows for the rest.</summary>
    private static async Task ChooseWithKeysAsync(IPage page, string firstId, int index)
    {
        await TabToAsync(page, firstId);
        if (index == 0)
        {
            await page.Keyboard.PressAsync("Space");
        }

        for (var i = 0; i < index; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
    }
}
