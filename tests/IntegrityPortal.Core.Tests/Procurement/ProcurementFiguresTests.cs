using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Procurement;

public class ProcurementFiguresTests
{
    [Fact]
    public async Task Figures_CountRaisedAndSettledByTheEndOfThePeriod_AndAPastPeriodDoesNotChange()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var force = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var other = await db.Forces.Where(f => f.Code == "thames-valley").Select(f => f.Id).SingleAsync();
        var id = 0;
        ProcurementMatch Match(int forceId, DateTime raised, MatchStatus status = MatchStatus.New, DateTime? settled = null, MatchPriority priority = MatchPriority.Normal) => new()
        {
            ForceId = forceId, Kind = MatchKind.DuplicateOrganisation, LeftKind = MatchRecordKind.Organisation, LeftId = ++id,
            RightKind = MatchRecordKind.Organisation, RightId = 1000 + id, Score = 90, Reason = "Test", Priority = priority,
            RaisedUtc = raised, Status = status, SettledUtc = settled, SettledBy = settled is null ? null : "psd.cumbria",
        };
        db.ProcurementMatches.AddRange(
            Match(force, new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc), priority: MatchPriority.High),
            Match(force, new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc), MatchStatus.NotAMatch, new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc)),
            Match(force, new DateTime(2026, 2, 3, 9, 0, 0, DateTimeKind.Utc), MatchStatus.Referred, new DateTime(2026, 3, 20, 9, 0, 0, DateTimeKind.Utc)),
            Match(force, new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc), MatchStatus.AdviceGiven, new DateTime(2026, 3, 6, 9, 0, 0, DateTimeKind.Utc)),
            Match(force, new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc)),
            Match(other, new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();

        var february = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));
        var quarter = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        var empty = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        // The referral of 20 March does not count in a period that ended on 28 February.
        Assert.Equal(new ProcurementFigures(3, 1, 1, 0, 0, 0), february);
        Assert.Equal(2, february.Open);
        Assert.Equal(new ProcurementFigures(4, 1, 1, 0, 1, 1), quarter);
        Assert.Equal(1, quarter.Open);
        Assert.Equal(new ProcurementFigures(0, 0, 0, 0, 0, 0), empty);
    }
}
