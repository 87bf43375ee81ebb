using System.Text.Json;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

/// <summary>
/// The demonstration data obeys the portal's own rules, as a form would have enforced them, and
/// looks plausible to a police officer: nothing dated after the clock, values that fit what was offered.
/// </summary>
public class DemoDataRulesTests
{
    private static readonly DateTime Now = DateTime.UtcNow.AddMinutes(1);
    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    [Fact]
    public async Task Gifts_PassTheDeclarationRules_AndNothingIsDatedInTheFuture()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var declarations = await db.GiftDeclarations.AsNoTracking().Include(d => d.Versions).ToListAsync();

        Assert.NotEmpty(declarations);
        foreach (var d in declarations)
        {
            Assert.True(d.OfferedOn <= Today, $"{d.Reference} offered on {d.OfferedOn}");
            Assert.True(d.DeclaredOn <= Today, $"{d.Reference} declared on {d.DeclaredOn}");
            Assert.True(d.OfferedOn <= d.DeclaredOn, $"{d.Reference} declared before the offer");
            Assert.True(d.ReviewedUtc is null || d.ReviewedUtc <= Now, $"{d.Reference} reviewed in the future");
            Assert.True(d.LineManagerDecidedUtc is null || d.LineManagerDecidedUtc <= Now, $"{d.Reference} decided in the future");
            Assert.True(d.PsdApprovalDecidedUtc is null || d.PsdApprovalDecidedUtc <= Now, $"{d.Reference} approved in the future");
            foreach (var version in d.Versions)
            {
                Assert.True(version.RecordedUtc <= Now, $"{d.Reference} version {version.Number} recorded in the future");
                var details = JsonSerializer.Deserialize<GiftDetails>(version.Details)!;
                Assert.Empty(GiftRules.Check(details, Today));
            }
        }
    }

    [Theory]
    [InlineData("Box of chocolates", 30)]
    [InlineData("Thank-you card and biscuits", 15)]
    [InlineData("Branded pen and notebook", 20)]
    [InlineData("Desk calendar", 20)]
    [InlineData("Tin of biscuits for the station", 20)]
    [InlineData("Bottle of wine", 50)]
    [InlineData("Breakfast briefing", 30)]
    public async Task Gifts_ValuesArePlausibleForWhatWasOffered(string description, int mostPounds)
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());

        var values = await db.GiftDeclarations.Where(d => d.Description == description).Select(d => d.ValuePence).ToListAsync();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.InRange(v, 100, mostPounds * 100));
    }

    [Fact]
    public async Task MediaContacts_AndBusinessInterests_PassTheirRules()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var contacts = await db.MediaContacts.AsNoTracking().ToListAsync();
        var interests = await db.BusinessInterests.AsNoTracking().Include(b => b.Versions).ToListAsync();

        Assert.NotEmpty(contacts);
        foreach (var c in contacts)
        {
            var details = new MediaContactDetails
            {
                ContactedUtc = c.ContactedUtc, JournalistName = c.JournalistName, OutletId = c.OutletId, Method = c.Method,
                WasPreArranged = c.WasPreArranged, WasVisitToMediaEstablishment = c.WasVisitToMediaEstablishment,
                Subject = c.Subject, Disclosed = c.Disclosed, WasAuthorised = c.WasAuthorised, AuthorisedBy = c.AuthorisedBy,
            };
            Assert.Empty(MediaRules.Check(details, c.RecordedUtc));
            Assert.True(c.RecordedUtc <= Now, $"{c.Reference} recorded in the future");
        }

        Assert.NotEmpty(interests);
        foreach (var version in interests.SelectMany(b => b.Versions))
        {
            Assert.Empty(BusinessInterestRules.Check(version.ReadDetails()));
            Assert.True(version.RecordedUtc <= Now);
        }
    }
}
