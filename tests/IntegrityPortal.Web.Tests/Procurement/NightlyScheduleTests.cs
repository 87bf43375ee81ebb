using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Tests.Procurement;

public class NightlyScheduleTests
{
    [Theory]
    [InlineData("2026-12-01T01:59:00Z", 1)]
    [InlineData("2026-12-01T02:00:00Z", 24 * 60)]
    [InlineData("2026-07-01T00:30:00Z", 30)]
    public void TheNightlyRun_IsAtTwoInTheMorningUkTime(string nowUtc, int minutes)
    {
        var now = DateTime.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(TimeSpan.FromMinutes(minutes), NightlyService.UntilNext(now));
    }
}
