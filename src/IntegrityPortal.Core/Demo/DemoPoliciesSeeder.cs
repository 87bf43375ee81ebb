using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration policy libraries, seeded once every force exists: each force has a gifts and
/// hospitality policy and a media relationships policy, each with two versions, published through
/// <see cref="PolicyPublishing"/> as a policy owner would. Warwickshire's media policy is shared
/// across the alliance, so West Mercia's people read and confirm it too. Confirmations are mixed:
/// most forces are near complete, Thames Valley far behind ("most staff did not know about these
/// changes", HMIC 2012), and the accounts used in the demonstration have confirmed theirs, except
/// Thames Valley's officer and staff member, whose home pages show the task.
/// </summary>
public sealed class DemoPoliciesSeeder(IntegrityDbContext db)
{
    private static readonly Dictionary<string, double> ConfirmedShare = new()
    {
        ["dyfed-powys"] = 0.9, ["cumbria"] = 0.95, ["avon-and-somerset"] = 0.75,
        ["thames-valley"] = 0.3, ["warwickshire"] = 0.97, ["west-mercia"] = 0.88,
    };

    private const string GiftsText = """
        # Gifts and hospitality

        Officers and staff must not accept a gift or hospitality that could **compromise, or appear to compromise**, their impartiality.

        ## What you must declare

        * every offer of a gift or hospitality, accepted or declined
        * the value, or your best estimate of it
        * who made the offer and your relationship with them

        ## When

        Declare an offer within **28 days** in the portal, under *Gifts and hospitality*.
        """;

    private const string MediaText = """
        # Media relationships

        Contact with journalists supports public confidence in policing, and must be open.

        * Log each contact with a journalist in the portal within **24 hours**.
        * Do not disclose information that is not yours to disclose.
        * Pre-arranged contact is agreed with the media department first.
        """;

    public async Task SeedAsync(IReadOnlyList<Force> forces, DateOnly today, CancellationToken ct = default)
    {
        var byCode = forces.ToDictionary(f => f.Code);
        foreach (var force in forces)
        {
            var headOfPsd = await OwnerAsync(force.Id, ct);

            var gifts = NewPolicy(force, $"{force.Name} gifts and hospitality policy", PolicySubject.GiftsAndHospitality, [force.Id]);
            await AddVersionAsync(gifts, 1, headOfPsd, today.AddDays(-400), today.AddDays(-370), "First version of the policy.", null,
                GiftsText.Replace("every offer of a gift", "every offer worth £25 or more of a gift"), [], ct);
            await AddVersionAsync(gifts, 2, headOfPsd, today.AddDays(-40), today.AddDays(-10),
                "Every offer must now be declared, whatever its value; the £25 threshold is withdrawn.",
                "You must now declare every offer, whatever its value.", GiftsText,
                [
                    new PolicyQuestion("Which offers must you declare?", ["Every offer, whatever its value", "Offers worth £25 or more", "Only offers you accept"], 0),
                    new PolicyQuestion("Within how many days must you declare an offer?", ["7 days", "28 days", "90 days"], 1),
                ], ct);

            // The alliance's media policy is Warwickshire's, shared with West Mercia.
            if (force.Code == "west-mercia" && byCode.ContainsKey("warwickshire"))
            {
                continue;
            }

            var shared = force.Code == "warwickshire" && byCode.ContainsKey("west-mercia");
            var mediaForces = shared ? new[] { force.Id, byCode["west-mercia"].Id } : [force.Id];
            var media = NewPolicy(force, shared ? "Alliance media relationships policy" : $"{force.Name} media relationships policy",
                PolicySubject.MediaRelationships, mediaForces);
            await AddVersionAsync(media, 1, headOfPsd, today.AddDays(-500), today.AddDays(-470), "First version of the policy.", null, MediaText, [], ct);
            await AddVersionAsync(media, 2, headOfPsd, today.AddDays(-20), today.AddDays(20),
                "Contact must now be logged within 24 hours, not 7 days.", "Log each contact with a journalist within 24 hours.", MediaText, [], ct);
        }

        await ConfirmAsync(forces, today, ct);
    }

    private Policy NewPolicy(Force force, string title, PolicySubject subject, IReadOnlyList<int> forceIds)
    {
        var policy = new Policy
        {
            ForceId = force.Id,
            Title = title,
            Subject = subject,
            SharedWithAlliance = forceIds.Count > 1,
            CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        policy.Forces.AddRange(forceIds.Select(id => new PolicyForce { ForceId = id }));
        db.Policies.Add(policy);
        return policy;
    }

    private async Task AddVersionAsync(Policy policy, int number, int ownerId, DateOnly publishedOn, DateOnly readBy, string whatChanged, string? meansForYou,
        string text, IReadOnlyList<PolicyQuestion> questions, CancellationToken ct)
    {
        var version = new PolicyVersion
        {
            Policy = policy,
            Number = number,
            EffectiveOn = publishedOn,
            OwnerId = ownerId,
            WhatChanged = whatChanged,
            WhatItMeansForYou = meansForYou,
            Text = text,
            Audience = PolicyAudience.Everyone,
            ReadBy = readBy,
            CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
            Questions = questions,
        };
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync(ct);
        await PolicyPublishing.PublishAsync(db, version, ct);
        // Published on the day the demo says, as if the owner had done it then.
        var publishedUtc = UkTime.StartOfDayUtc(publishedOn).AddHours(10);
        version.PublishedUtc = publishedUtc;
        await db.SaveChangesAsync(ct);
        await db.PolicyTasks.Where(t => t.PolicyVersionId == version.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedUtc, publishedUtc), ct);
    }

    private async Task<int> OwnerAsync(int forceId, CancellationToken ct) =>
        await db.People.Where(p => p.ForceId == forceId && p.Department!.Name == "Professional Standards Department")
            .OrderByDescending(p => p.Rank).Select(p => p.Id).FirstAsync(ct);

    /// <summary>Confirms each force's share of tasks, most before the read-by date, some after; checks passed at the first or second attempt.</summary>
    private async Task ConfirmAsync(IReadOnlyList<Force> forces, DateOnly today, CancellationToken ct)
    {
        var accounts = await db.Users.Where(u => u.PersonId != null).Select(u => new { PersonId = u.PersonId!.Value, u.UserName }).ToListAsync(ct);
        var named = accounts.ToDictionary(a => a.PersonId, a => a.UserName!);
        foreach (var force in forces)
        {
            var random = new Random(9500 + force.Id);
            var share = ConfirmedShare.GetValueOrDefault(force.Code, 0.8);
            var tasks = await db.PolicyTasks.Include(t => t.PolicyVersion).Where(t => t.ForceId == force.Id).OrderBy(t => t.Id).ToListAsync(ct);
            foreach (var task in tasks)
            {
                var published = DateOnly.FromDateTime(UkTime.ToUk(task.PolicyVersion!.PublishedUtc!.Value));
                bool confirm;
                if (named.TryGetValue(task.PersonId, out var userName))
                {
                    confirm = !(force.Code == "thames-valley" && (userName.StartsWith("officer.") || userName.StartsWith("staff.")));
                }
                else
                {
                    confirm = random.NextDouble() < share;
                }

                if (!confirm)
                {
                    continue;
                }

                // Most confirm before the read-by date; a few late, but never after today.
                var span = Math.Max(1, task.DueOn.DayNumber - published.DayNumber);
                var on = published.AddDays(random.Next(0, random.NextDouble() < 0.85 ? span : span + 20));
                if (on > today)
                {
                    on = today;
                }

                var questions = task.PolicyVersion.Questions.Count;
                if (questions > 0)
                {
                    var failedFirst = random.NextDouble() < 0.2;
                    task.Attempts = failedFirst ? 2 : 1;
                    var at = UkTime.StartOfDayUtc(on).AddHours(9 + random.Next(0, 8));
                    if (failedFirst)
                    {
                        db.PolicyAttempts.Add(new PolicyAttempt { ForceId = task.ForceId, PolicyTaskId = task.Id, AttemptedUtc = at.AddMinutes(-10), Answers = "1,1", Correct = 1, Questions = questions, Passed = false });
                    }

                    db.PolicyAttempts.Add(new PolicyAttempt { ForceId = task.ForceId, PolicyTaskId = task.Id, AttemptedUtc = at, Answers = "0,1", Correct = questions, Questions = questions, Passed = true });
                }

                task.ConfirmedUtc = UkTime.StartOfDayUtc(on).AddHours(9 + random.Next(0, 8));
                task.ConfirmedOn = on;
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
