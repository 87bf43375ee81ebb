using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Procurement;

/// <summary>Meetings held, as the governance figures count them, and the meeting's one-per-quarter rule.</summary>
public class CrossCheckMeetingFiguresTests
{
    private static CrossCheckMeeting Meeting(int forceId, Quarter quarter, DateOnly held) => new()
    {
        ForceId = forceId, QuarterYear = quarter.Year, QuarterNumber = quarter.Number, HeldOn = held, RecordedBy = "procurement.cumbria", RecordedUtc = DateTime.UtcNow,
    };

    [Fact]
    public async Task MeetingsHeld_AreCountedByTheDayHeld_WithinThePeriod_ForEachForce()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var force = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var other = await db.Forces.Where(f => f.Code == "thames-valley").Select(f => f.Id).SingleAsync();
        db.CrossCheckMeetings.AddRange(
            Meeting(force, new Quarter(2025, 4), new DateOnly(2026, 1, 20)),
            Meeting(force, new Quarter(2026, 1), new DateOnly(2026, 4, 15)),
            Meeting(other, new Quarter(2025, 4), new DateOnly(2026, 1, 31)));
        await db.SaveChangesAsync();

        var first = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        var half = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        var before = await ProcurementFigures.ForPeriodAsync(db, force, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var both = await ProcurementFigures.ForForcesAsync(db, [force, other], new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        // The meeting of 15 April does not count in a period that ended on 31 March.
        Assert.Equal(1, first.MeetingsHeld);
        Assert.Equal(2, half.MeetingsHeld);
        Assert.Equal(0, before.MeetingsHeld);
        Assert.Equal(1, both[force].MeetingsHeld);
        Assert.Equal(1, both[other].MeetingsHeld);

        var quarters = await ProcurementFigures.ByQuarterAsync(db, force, new DashboardQuarters(new Quarter(2026, 2), new DateOnly(2026, 5, 1)));
        Assert.Equal(1, quarters.Single(q => q.Quarter == new Quarter(2026, 1)).Figures.MeetingsHeld);
        Assert.Equal(1, quarters.Single(q => q.Quarter == new Quarter(2026, 2)).Figures.MeetingsHeld);
        Assert.Equal(0, quarters.Single(q => q.Quarter == new Quarter(2025, 4)).Figures.MeetingsHeld);
    }

    [Fact]
    public async Task AQuarterIsRecordedOnce_AndNotHeldBeforeItBegan()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var force = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var person = await db.People.Where(p => p.ForceId == force).Select(p => p.Id).FirstAsync();
        var quarter = new Quarter(2026, 1);

        var early = await Assert.ThrowsAsync<MeetingRuleException>(() => CrossCheckMeetingRules.RecordAsync(db, force, quarter, new DateOnly(2025, 12, 31), [person], []));
        Assert.Equal("HeldOn", early.Field);

        await CrossCheckMeetingRules.RecordAsync(db, force, quarter, new DateOnly(2026, 4, 10), [person], [new MeetingActionDetails("Check the panel", person, new DateOnly(2026, 5, 1))]);
        await db.SaveChangesAsync();
        var twice = await Assert.ThrowsAsync<MeetingRuleException>(() => CrossCheckMeetingRules.RecordAsync(db, force, quarter, new DateOnly(2026, 4, 11), [person], []));
        Assert.Equal("The meeting for January to March 2026 is already recorded", twice.Message);

        // The system actor recorded it, so the system actor may not sign it off.
        var meeting = await db.CrossCheckMeetings.SingleAsync(m => m.ForceId == force);
        Assert.Throws<MeetingRuleException>(() => CrossCheckMeetingRules.SignOff(db, meeting));
        Assert.Null(meeting.SignedOffUtc);
    }
}
