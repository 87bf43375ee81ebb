using Deque.AxeCore.Playwright;
using IntegrityPortal.BrowserTests.Infrastructure;

namespace IntegrityPortal.BrowserTests;

/// <summary>
/// The portal's own axe-core runner (<see cref="Axe"/>) finds what Deque's Playwright wrapper
/// finds: on a page given three known faults, both report the same rules.
/// </summary>
public class AxeRunnerTests(BrowserFixture browser)
{
    [Fact]
    public async Task OnAPageWithKnownFaults_TheRunnerReportsTheSameRulesAsDequesWrapper()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/accessibility");
        Assert.Empty(await Axe.ViolationsAsync(page));

        // An image with no text alternative, a field with no label and a button with no name.
        await page.EvaluateAsync("""
            () => document.querySelector('main').insertAdjacentHTML('beforeend',
              '<img src="/favicon.ico"><input type="text"><button type="button"></button>')
            """);

        var ours = (await Axe.ViolationsAsync(page)).Select(v => v.Id).Order().ToList();
        var deques = (await page.RunAxe()).Violations.Select(v => v.Id).Order().ToList();
        Assert.Superset(new HashSet<string> { "image-alt", "label", "button-name" }, ours.ToHashSet());
        Assert.Equal(deques, ours);
    }
}
