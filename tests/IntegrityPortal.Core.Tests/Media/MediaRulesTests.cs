using IntegrityPortal.Core.Media;

namespace IntegrityPortal.Core.Tests.Media;

/// <summary>The media contact log's rules, at a fixed instant (15 June 2026, 09:00 UTC).</summary>
public class MediaRulesTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    private static MediaContactDetails Contact(DateTime contactedUtc, bool preArranged = false, bool authorised = false, string? authorisedBy = null) => new()
    {
        ContactedUtc = contactedUtc,
        JournalistName = "Rachel Dunmore",
        OutletId = 1,
        Method = MediaContactMethod.Phone,
        WasPreArranged = preArranged,
        Subject = "Appeal for witnesses",
        Disclosed = "The appeal",
        WasAuthorised = authorised,
        AuthorisedBy = authorisedBy,
    };

    [Fact]
    public void ContactInThePast_Passes() =>
        Assert.Empty(MediaRules.Check(Contact(Now.AddHours(-3)), Now));

    [Fact]
    public void ContactWithinTheMargin_CountsAsNow() =>
        Assert.Empty(MediaRules.Check(Contact(Now + MediaRules.FutureMargin), Now));

    [Fact]
    public void ContactInTheFuture_NotPreArranged_IsRefused()
    {
        var broken = MediaRules.Check(Contact(Now + MediaRules.FutureMargin + TimeSpan.FromMinutes(1)), Now).ToList();

        Assert.Equal([(nameof(MediaContactDetails.ContactedUtc), MediaRules.InTheFuture)], broken);
    }

    [Fact]
    public void PreArrangedContactInTheFuture_IsAllowed_UpToAYearAhead()
    {
        Assert.Empty(MediaRules.Check(Contact(Now.AddDays(10), preArranged: true), Now));
        Assert.Empty(MediaRules.Check(Contact(Now.AddDays(MediaRules.MaximumDaysAhead), preArranged: true), Now));
        Assert.Equal([(nameof(MediaContactDetails.ContactedUtc), MediaRules.TooFarAhead)],
            MediaRules.Check(Contact(Now.AddDays(MediaRules.MaximumDaysAhead).AddMinutes(1), preArranged: true), Now).ToList());
    }

    [Fact]
    public void ContactMoreThanFiveYearsAgo_IsRefused()
    {
        Assert.Empty(MediaRules.Check(Contact(Now.AddYears(-5)), Now));
        Assert.Equal([(nameof(MediaContactDetails.ContactedUtc), MediaRules.TooLongAgo)],
            MediaRules.Check(Contact(Now.AddYears(-5).AddMinutes(-1)), Now).ToList());
    }

    [Fact]
    public void Authorised_NeedsWhoAuthorisedIt_AndOnlyThen()
    {
        Assert.Equal([(nameof(MediaContactDetails.AuthorisedBy), MediaRules.AuthorisedByNeeded)],
            MediaRules.Check(Contact(Now.AddHours(-1), authorised: true), Now).ToList());
        Assert.Equal([(nameof(MediaContactDetails.AuthorisedBy), MediaRules.AuthorisedByNotAuthorised)],
            MediaRules.Check(Contact(Now.AddHours(-1), authorisedBy: "Supt Hall"), Now).ToList());
        Assert.Empty(MediaRules.Check(Contact(Now.AddHours(-1), authorised: true, authorisedBy: "Supt Hall"), Now));
    }

    [Theory]
    // preArranged, visit, logged hours after contact, force requires notice, expected
    [InlineData(true, false, 2, true, true)]
    [InlineData(false, true, 2, true, true)]
    [InlineData(true, false, 0, true, true)]
    [InlineData(true, false, -24, true, false)]
    [InlineData(false, false, 2, true, false)]
    [InlineData(true, true, 2, false, false)]
    public void NotNotifiedInAdvance_OnlyForPreArrangedContactOrVisits_LoggedAtOrAfter_InAForceThatRequiresNotice(
        bool preArranged, bool visit, int loggedHoursAfter, bool required, bool expected)
    {
        var contacted = Now.AddDays(-1);

        Assert.Equal(expected, MediaRules.WasNotNotifiedInAdvance(preArranged, visit, contacted, contacted.AddHours(loggedHoursAfter), required));
    }
}
