using IntegrityPortal.Core.People;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>Histories name the person who acted by name and rank or grade, never by user name.</summary>
public class PersonNamesTests
{
    [Fact]
    public async Task DeclarationHistory_NamesTheDeclarantByNameAndRank_NotUserName()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var id = await GiftForms.DeclareAsync(officer);
        string expected;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var person = await db.Users.Where(u => u.UserName == "officer.thames-valley").Select(u => u.Person!).SingleAsync();
            expected = person.NameAndRankOrGrade;
            Assert.Equal(PersonKind.Officer, person.Kind);
        }

        var own = (await officer.GetPageAsync($"/Gifts/Declarations/View/{id}")).QuerySelector("main")!.TextContent;
        Assert.Contains($"Declared by {expected}", own);
        Assert.DoesNotContain("officer.thames-valley", own);

        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var register = (await psd.GetPageAsync($"/Gifts/Register/View/{id}")).QuerySelector("main")!.TextContent;
        Assert.Contains(expected, register);
        Assert.DoesNotContain("officer.thames-valley", register);
    }
}
