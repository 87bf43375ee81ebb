using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Accessibility;

public class AccessibilityStatementTests
{
    [Fact]
    public async Task Statement_OpensWithoutSigningIn_AndSaysWhatWasTestedAndWhatFails()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var visitor = PortalClient.Anonymous(factory);

        var response = await visitor.GetAsync("/accessibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Accessibility statement – Integrity Portal", page.Title);
        foreach (var section in new[] { "compliance", "not-accessible", "testing", "reporting", "enforcement" })
        {
            Assert.NotNull(page.GetElementById(section));
        }

        Assert.Contains("axe-core", page.GetElementById("testing")!.NextElementSibling!.NextElementSibling!.TextContent);
        Assert.Contains("Equality and Human Rights Commission", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Statement_SignedIn_OpensToo()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var page = await officer.GetPageAsync("/accessibility");

        Assert.Equal("Accessibility statement for Integrity Portal", page.QuerySelector("h1")!.TextContent);
    }
}
