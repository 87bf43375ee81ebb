using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// One quarterly cross-check meeting per force, for the last whole quarter: held three weeks
/// after it ended (or today, if sooner), attended by the heads of procurement, PSD and the media
/// department, recorded by procurement and signed off by the head of PSD, with two actions.
/// The quarter before it is left without a record, so the meetings page shows one "Due".
/// </summary>
public sealed class DemoCrossCheckMeetingSeeder(IntegrityDbContext db)
{
    public async Task SeedAsync(IReadOnlyList<Force> forces, DateOnly today, CancellationToken ct = default)
    {
        var quarter = Quarter.Containing(today).Previous;
        var held = quarter.LastDay.AddDays(21) < today ? quarter.LastDay.AddDays(21) : today;
        foreach (var force in forces)
        {
            var people = await db.Users.Where(u => u.ForceId == force.Id && u.PersonId != null
                    && (u.UserName == $"procurement.{force.Code}" || u.UserName == $"head-of-psd.{force.Code}" || u.UserName == $"press-office.{force.Code}"))
                .ToDictionaryAsync(u => u.UserName!, u => u.PersonId!.Value, ct);
            if (people.Count < 3)
            {
                continue;
            }

            var (procurement, headOfPsd, press) = (people[$"procurement.{force.Code}"], people[$"head-of-psd.{force.Code}"], people[$"press-office.{force.Code}"]);
            var recorded = UkTime.StartOfDayUtc(held).AddHours(15);
            var meeting = new CrossCheckMeeting
            {
                ForceId = force.Id, QuarterYear = quarter.Year, QuarterNumber = quarter.Number, HeldOn = held,
                RecordedBy = $"procurement.{force.Code}", RecordedUtc = recorded,
                SignedOffBy = $"head-of-psd.{force.Code}", SignedOffUtc = recorded.AddDays(1),
            };
            meeting.Attendees.AddRange(new[] { procurement, headOfPsd, press }.Select(id => new MeetingAttendee { ForceId = force.Id, PersonId = id }));
            meeting.Actions.Add(new MeetingAction
            {
                ForceId = force.Id, OwnerId = procurement, DueOn = held.AddDays(30), Status = MeetingActionStatus.InProgress,
                Text = "Remind the evaluation panels of this quarter's tenders to declare offers from bidders",
            });
            meeting.Actions.Add(new MeetingAction
            {
                ForceId = force.Id, OwnerId = headOfPsd, DueOn = held.AddDays(45),
                Text = "Review the card spending with the quarter's top offeror with the card holders' line managers",
            });
            db.CrossCheckMeetings.Add(meeting);
        }

        await db.SaveChangesAsync(ct);
    }
}
