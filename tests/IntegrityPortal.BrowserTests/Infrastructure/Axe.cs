using System.Text.Json;
using System.Text.Json.Serialization;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>One axe-core violation: the rule, its impact and help, and the selectors of the elements that break it.</summary>
public sealed record AxeViolation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("impact")] string? Impact,
    [property: JsonPropertyName("help")] string Help,
    [property: JsonPropertyName("targets")] string[] Targets)
{
    public override string ToString() => $"{Id} ({Impact}) at {string.Join(", ", Targets)}";
}

/// <summary>
/// Runs axe-core, the version the Deque.AxeCore.Commons package carries, with every rule it
/// enables by default (WCAG A/AA and best practice alike), and brings back the violations only.
/// Deque's Playwright wrapper took 2.5–6 s a page, where axe.run itself takes 50–600 ms: the
/// wrapper runs axe frame by frame and carries every passing check back. The portal has no
/// frames, so the page's own document is the whole of what axe has to check.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(AxeRunOptions).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("axe.min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, so the portal's Content-Security-Policy,
        // which forbids inline scripts, does not stop it. Once per document.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' '))
            })))
            """);
        return JsonSerializer.Deserialize<AxeViolation[]>(json)!;
    }
}
