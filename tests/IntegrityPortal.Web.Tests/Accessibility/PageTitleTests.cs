using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.Gifts;

namespace IntegrityPortal.Web.Tests.Accessibility;

/// <summary>
/// Titles say what the page is and whose view it is, and which page of a paged list
/// (WCAG 2.4.2). The browser crawl checks every reachable page; these read the pattern itself.
/// </summary>
public class PageTitleTests
{
    [Fact]
    public async Task PagedList_TitleSaysWhichPageOfHowMany()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin");

        var first = await admin.GetPageAsync("/Admin/Users");
        var third = await admin.GetPageAsync("/Admin/Users?page=3");

        Assert.Equal("User accounts (page 1 of 3) – Integrity Portal", first.Title);
        Assert.Equal("User accounts (page 3 of 3) – Integrity Portal", third.Title);
    }

    [Fact]
    public async Task ListOfOnePage_HasNoPageNumberInItsTitle()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");

        var page = await admin.GetPageAsync("/Admin/Users");

        Assert.Equal("User accounts – Integrity Portal", page.Title);
    }

    [Fact]
    public async Task OneDeclaration_HasADifferentTitleForTheDeclarantTheLineManagerAndPsd()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await GiftForms.DeclareAsync(officer, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=120");
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var asDeclarant = (await officer.GetPageAsync($"/Gifts/Declarations/View/{id}")).Title;
        var asManager = (await manager.GetPageAsync($"/Gifts/Team/Decide/{id}")).Title;
        var asPsd = (await psd.GetPageAsync($"/Gifts/Register/View/{id}")).Title;

        Assert.Equal($"Declaration GH-{id:D6} – your declaration – Integrity Portal", asDeclarant);
        Assert.Equal($"Declaration GH-{id:D6} – decision for line manager – Integrity Portal", asManager);
        Assert.Equal($"Declaration GH-{id:D6} – PSD review – Integrity Portal", asPsd);
    }

    [Fact]
    public async Task SuspectedLeaks_PressOfficesAndPsdsListsHaveDistinctTitles()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var flags = await press.GetPageAsync("/Media/Office/Flags");
        var leaks = await psd.GetPageAsync("/Investigations/Leaks");

        Assert.Equal("Suspected leaks flagged by the press office – Integrity Portal", flags.Title);
        Assert.Equal("Suspected leaks referred to PSD – Integrity Portal", leaks.Title);
    }
}
