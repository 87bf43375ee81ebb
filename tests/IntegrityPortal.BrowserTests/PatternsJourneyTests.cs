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
        var page = await OpenDeclareFormAsync(session);
        await AssertNoAxeViolationsAsync(page);
        var offered = DateTime.Today.AddDays(-2);

        // Who made the offer; the organisation through the autocomplete (type, ArrowDown, Enter).
        await Keys.TypeAsync(page.Locator("#Input_OfferorName"), "Pat Quill");
        await Keys.TypeAsync(page.GetByLabel("Organisation they represent", new() { Exact = true }), "Quillf");
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Quillfeather Stationers Ltd" })).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);
        await Keys.PickAsync(page, "Organisation they represent", "Quillf", "Quillfeather Stationers Ltd");
        await Keys.ChooseAsync(Radio(page, "Input.Relationship", 4));
        await Keys.ChooseAsync(Radio(page, "Input.InvolvedInPurchasing", 1));
        await Keys.ActivateAsync(page.Locator("#continue"));

        // What was offered and its value.
        await Expect(page.Locator("h1")).ToContainTextAsync("What was offered and its value");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(Radio(page, "Input.OfferType", 0));
        await Keys.TypeAsync(page.Locator("#Input_Description"), "A fountain pen");
        await Keys.TypeAsync(page.Locator("#Input_Value"), "20.00");
        await Keys.ChooseAsync(Radio(page, "Input.IsCashOrEquivalent", 1));
        await Keys.ActivateAsync(page.Locator("#continue"));

        // When it was offered (the date input: day, month, year) and whether it was accepted.
        await Expect(page.Locator("h1")).ToContainTextAsync("When it was offered and whether you accepted it");
        await AssertNoAxeViolationsAsync(page);
        await Keys.DateAsync(page, "Date of the offer", offered);
        await Keys.ChooseAsync(Radio(page, "Input.Outcome", 1));
        await Keys.TypeAsync(page.Locator("#Input_Reason"), "Declined as policy requires");
        await Keys.ChooseAsync(Radio(page, "Input.Disposal", 0));
        await Keys.ActivateAsync(page.Locator("#continue"));

        // Check your answers, sent with the keyboard, then the confirmation and the declaration.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before declaring the offer");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Quillfeather Stationers Ltd");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#declare"));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/Declared/\d+"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Declaration made");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#view-declaration"));

        await Expect(page).ToHaveURLAsync(new Regex(@"/Gifts/Declarations/View/\d+"));
        await Expect(page.Locator("main")).ToContainTextAsync("Quillfeather Stationers Ltd");
        await Expect(page.Locator("main")).ToContainTextAsync(offered.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task OrganisationPicker_ShowsTheAnswerToTheLatestQuery_WhenAnOlderAnswerArrivesLast()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = await OpenDeclareFormAsync(session);

        // The answer to "Qu" is held back until the answer to "Quillf" has filled the list, then
        // answered with a name that no query of the user's would find.
        var latestShown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var staleSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/Organisations/Search?**", async route =>
        {
            if (!route.Request.Url.EndsWith("&q=Qu", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            await latestShown.Task;
            await route.FulfillAsync(new() { ContentType = "application/json", Body = """[{"id":999999,"name":"Stale Answer Ltd"}]""" });
            staleSent.SetResult();
        });

        await Keys.TypeAsync(page.GetByLabel("Organisation they represent", new() { Exact = true }), "Quillf");
        var wanted = page.GetByRole(AriaRole.Option, new() { Name = "Quillfeather Stationers Ltd", Exact = true });
        await Expect(wanted).ToBeVisibleAsync();
        latestShown.SetResult();
        await staleSent.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The browser needs a moment to read the late answer; had it been used, it would show by then.
        await page.WaitForTimeoutAsync(500);

        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Stale Answer Ltd" })).ToHaveCountAsync(0);
        await Expect(wanted).ToBeVisibleAsync();
        await Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0);
    }

    /// <summary>Signs a Cumbria officer in on the session's page and opens the gift declaration, with Quillfeather Stationers Ltd to pick.</summary>
    private static async Task<IPage> OpenDeclareFormAsync(PortalSession session)
    {
        await AddQuillfeatherAsync(session);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria");
        await page.GotoAsync("/Gifts/Declarations/Declare");
        return page;
    }

    /// <summary>Adds the organisation the pickers are tried with to Cumbria, once.</summary>
    private static async Task AddQuillfeatherAsync(PortalSession session)
    {
        await using var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath);
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        if (!await db.Organisations.AnyAsync(o => o.ForceId == cumbria && o.Name == "Quillfeather Stationers Ltd"))
        {
            db.Organisations.Add(new Organisation { ForceId = cumbria, Name = "Quillfeather Stationers Ltd" });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The radio at <paramref name="index"/> of the group named <paramref name="name"/>.</summary>
    private static ILocator Radio(IPage page, string name, int index) => page.Locator($"input[type=radio][name='{name}']").Nth(index);
}
