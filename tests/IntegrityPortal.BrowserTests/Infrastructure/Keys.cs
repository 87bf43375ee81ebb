using System.Globalization;
using Microsoft.Playwright;

namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>
/// Drives a page as a keyboard user does: Tab until the element has the focus, then Enter,
/// Space, the arrow keys or typing. If Tab never reaches an element, a keyboard user cannot
/// use it either, so the test fails naming it: that is an accessibility finding, not a flaky test.
/// </summary>
public static class Keys
{
    /// <summary>More Tab presses than any page of the portal needs to reach any control.</summary>
    private const int MaxPresses = 150;

    /// <summary>Presses Tab until the element has the focus; fails after <see cref="MaxPresses"/> presses.</summary>
    public static async Task TabToAsync(ILocator target)
    {
        var page = target.Page;
        // Found once: asking the element itself after each Tab costs one round trip to the
        // browser, where the locator would find it again each time.
        var element = await target.ElementHandleAsync();
        for (var i = 0; i < MaxPresses; i++)
        {
            if (await element.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab did not reach {target} in {MaxPresses} presses: a keyboard user cannot reach it.");
    }

    /// <summary>
    /// Follows a link, presses a button or opens a details summary with Enter. Unlike a click, a
    /// key press does not wait for the page it starts, so a link or a form's submit button waits
    /// here for the next page; pass <paramref name="navigates"/> false for a download.
    /// </summary>
    public static async Task ActivateAsync(ILocator target, bool? navigates = null)
    {
        await TabToAsync(target);
        var page = target.Page;
        navigates ??= await target.EvaluateAsync<bool>(
            "el => (el.tagName === 'A' && el.hasAttribute('href') && !el.getAttribute('href').startsWith('#')) || ((el.tagName === 'BUTTON' || el.tagName === 'INPUT') && el.type === 'submit' && !!el.form)");
        if (navigates != true)
        {
            await page.Keyboard.PressAsync("Enter");
            return;
        }

        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await page.Keyboard.PressAsync("Enter");
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Enter on {target} did not open a page.");
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        await WaitForDocumentAsync(page, target);
    }

    /// <summary>
    /// Waits until the new document has been parsed. Asked of the document itself rather than
    /// through WaitForLoadStateAsync, which on a loaded machine was seen to miss a
    /// DOMContentLoaded that fired between the navigation event and the wait.
    /// </summary>
    private static async Task WaitForDocumentAsync(IPage page, ILocator target)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("() => document.readyState !== 'loading'"))
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // The document was replaced while being asked (a redirect): ask the next one.
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The page opened by Enter on {target} did not finish loading.");
    }

    /// <summary>Ticks a checkbox with Space (leaves it ticked if it already is).</summary>
    public static async Task TickAsync(ILocator checkbox)
    {
        await TabToAsync(checkbox);
        if (!await checkbox.IsCheckedAsync())
        {
            await checkbox.Page.Keyboard.PressAsync("Space");
        }
    }

    /// <summary>
    /// Chooses a radio as a keyboard user does: Tab enters the group on its checked radio (or
    /// its first), Space checks the focused one, and the arrow keys move the choice within the group.
    /// </summary>
    public static async Task ChooseAsync(ILocator radio)
    {
        var page = radio.Page;
        var name = await radio.GetAttributeAsync("name");
        var inGroup = $"() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'radio' && document.activeElement.name === {System.Text.Json.JsonSerializer.Serialize(name)}";
        for (var i = 0; i < MaxPresses && !await page.EvaluateAsync<bool>(inGroup); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        if (!await page.EvaluateAsync<bool>(inGroup))
        {
            Assert.Fail($"Tab did not reach the radio group of {radio} in {MaxPresses} presses: a keyboard user cannot reach it.");
        }

        if (await radio.EvaluateAsync<bool>("el => el === document.activeElement"))
        {
            if (!await radio.IsCheckedAsync())
            {
                await page.Keyboard.PressAsync("Space");
            }

            return;
        }

        // Move forwards or backwards through the group, whichever is the shorter way.
        var positions = await radio.EvaluateAsync<int[]>(
            "el => { const all = [...document.querySelectorAll('input[type=radio]')].filter(r => r.name === el.name && r.form === el.form); return [all.indexOf(document.activeElement), all.indexOf(el)]; }");
        var key = positions[1] > positions[0] ? "ArrowDown" : "ArrowUp";
        for (var i = 0; i < Math.Abs(positions[1] - positions[0]); i++)
        {
            await page.Keyboard.PressAsync(key);
        }

        if (!await radio.IsCheckedAsync())
        {
            Assert.Fail($"The arrow keys did not choose {radio}.");
        }
    }

    /// <summary>Chooses the radio labelled <paramref name="option"/> in the question <paramref name="legend"/>.</summary>
    public static Task ChooseAsync(IPage page, string legend, string option) =>
        ChooseAsync(page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true }).GetByLabel(option, new() { Exact = true }));

    /// <summary>Replaces a text field's contents by typing: Control+A selects what is there, then the keys replace it.</summary>
    public static async Task TypeAsync(ILocator field, string text)
    {
        await TabToAsync(field);
        var keyboard = field.Page.Keyboard;
        await keyboard.PressAsync("Control+A");
        if (text.Length == 0)
        {
            await keyboard.PressAsync("Delete");
            return;
        }

        await keyboard.TypeAsync(text);
    }

    /// <summary>Types into the text field labelled <paramref name="label"/>.</summary>
    public static Task TypeAsync(IPage page, string label, string text) =>
        TypeAsync(page.GetByLabel(label, new() { Exact = true }), text);

    /// <summary>Chooses the option with the text <paramref name="option"/> in a select box with the arrow keys.</summary>
    public static async Task SelectAsync(ILocator select, string option)
    {
        await TabToAsync(select);
        var positions = await select.EvaluateAsync<int[]>(
            "(el, text) => [el.selectedIndex, [...el.options].findIndex(o => o.text.trim() === text)]", option);
        if (positions[1] < 0)
        {
            Assert.Fail($"{select} has no option \"{option}\".");
        }

        var key = positions[1] > positions[0] ? "ArrowDown" : "ArrowUp";
        for (var i = 0; i < Math.Abs(positions[1] - positions[0]); i++)
        {
            await select.Page.Keyboard.PressAsync(key);
        }

        if (await select.EvaluateAsync<string>("el => el.options[el.selectedIndex].text.trim()") != option)
        {
            Assert.Fail($"The arrow keys did not choose \"{option}\" in {select}.");
        }
    }

    /// <summary>Chooses a file as a keyboard user does: Tab to the file input, Space opens the chooser, the file is chosen in it.</summary>
    public static async Task ChooseFileAsync(ILocator fileInput, FilePayload file)
    {
        await TabToAsync(fileInput);
        var page = fileInput.Page;
        IFileChooser? chooser = null;
        for (var attempt = 0; attempt < 3 && chooser is null; attempt++)
        {
            try
            {
                chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"), new() { Timeout = 5_000 });
            }
            catch (TimeoutException)
            {
                // Headless Chromium now and then opens no chooser for a key press; the input keeps the focus, so Space is pressed again.
            }
        }

        Assert.NotNull(chooser);
        await chooser.SetFilesAsync(file);
    }

    /// <summary>Types a date into the GOV.UK date input whose legend is <paramref name="legend"/>.</summary>
    public static async Task DateAsync(IPage page, string legend, DateTime date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await TypeAsync(group.GetByLabel("Day", new() { Exact = true }), date.Day.ToString(CultureInfo.InvariantCulture));
        await TypeAsync(group.GetByLabel("Month", new() { Exact = true }), date.Month.ToString(CultureInfo.InvariantCulture));
        await TypeAsync(group.GetByLabel("Year", new() { Exact = true }), date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Types a time ("10:30") into the hour and minute boxes whose legend is <paramref name="legend"/>.</summary>
    public static async Task TimeAsync(IPage page, string legend, string time)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await TypeAsync(group.GetByLabel("Hour", new() { Exact = true }), time[..time.IndexOf(':')]);
        await TypeAsync(group.GetByLabel("Minute", new() { Exact = true }), time[(time.IndexOf(':') + 1)..]);
    }

    /// <summary>Opens the picker's "add a new one" details with Enter and types the new name.</summary>
    public static async Task AddNewInPickerAsync(IPage page, string thing, string name)
    {
        await ActivateAsync(page.Locator("summary", new() { HasText = $"The {thing} is not listed: add a new one" }));
        await TypeAsync(page, $"Name of the new {thing}", name);
    }

    /// <summary>Chooses an existing organisation or outlet in the autocomplete: type part of its name, ArrowDown to the suggestion, Enter.</summary>
    public static async Task PickAsync(IPage page, string label, string typed, string name)
    {
        await TypeAsync(page, label, typed);
        var option = page.GetByRole(AriaRole.Option, new() { Name = name, Exact = true });
        // The suggestion can show from the answer to a shorter query while the last one is still
        // on its way; the picker is busy until that answer has filled the list.
        await Assertions.Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0);
        await Assertions.Expect(option).ToBeVisibleAsync();
        // ArrowDown from the field moves to the first suggestion, each further press to the next.
        var index = await option.EvaluateAsync<int>("el => [...el.parentElement.querySelectorAll('[role=option]')].indexOf(el)");
        for (var i = 0; i <= index; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        // Enter chooses the option that has the focus; on a busy machine the list can still be
        // drawing when the keys arrive, so wait until the suggestion is the selected one.
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel(label, new() { Exact = true })).ToHaveValueAsync(name);
    }

    /// <summary>Opens a page from the grouped navigation with the keyboard: the group's link, then the page's link in the group's row.</summary>
    public static async Task OpenMenuAsync(IPage page, string link)
    {
        // A page kept by two groups (the training register: PSD's and the administrator's) opens from the first.
        var item = IntegrityPortal.Web.Infrastructure.Navigation.Items.First(i => i.Text == link);
        var group = item.Group ?? item.Text;
        await ActivateAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = group, Exact = true }));
        // The group's link opens its first page; a user does not follow a link to the page they are on.
        if (item.Group is not null && new Uri(page.Url).AbsolutePath != item.Path)
        {
            await ActivateAsync(page.GetByRole(AriaRole.Navigation, new() { Name = group, Exact = true }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }));
        }
    }

    /// <summary>Signs in on the sign-in page with the keyboard: Tab to each field, type, Enter on the button.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = IntegrityPortal.Core.Demo.DemoDataSeeder.Password)
    {
        await TypeAsync(page.GetByLabel("User name", new() { Exact = true }), userName);
        await TypeAsync(page.GetByLabel("Password", new() { Exact = true }), password);
        await ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }));
    }

    /// <summary>Signs out with the header's button.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
    }
}
