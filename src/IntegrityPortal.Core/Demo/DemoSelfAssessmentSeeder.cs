using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration self-assessments: each force has one completed a year ago and one in progress,
/// started last month. Items not fully met have actions owned by people of the force's PSD and
/// chief officer group, some completed, some open, some overdue. Warwickshire's first assessment
/// is fully tracked: every item it did not meet has an action, each completed with its notes
/// ("monitored its progress in completing these actions", HMIC 2012).
/// </summary>
public sealed class DemoSelfAssessmentSeeder(IntegrityDbContext db)
{
    private static readonly Dictionary<string, double> MetShare = new()
    {
        ["dyfed-powys"] = 0.6, ["cumbria"] = 0.65, ["avon-and-somerset"] = 0.55,
        ["thames-valley"] = 0.4, ["warwickshire"] = 0.7, ["west-mercia"] = 0.6,
    };

    private static readonly string[] ActionTexts =
    [
        "Rewrite the policy and publish it through the portal with a comprehension check",
        "Report the register's figures to the integrity board every quarter",
        "Train the teams concerned and record attendance in the training register",
        "Agree a review with the head of procurement and record its outcome",
    ];

    public async Task SeedAsync(IReadOnlyList<Force> forces, DateOnly today, CancellationToken ct = default)
    {
        var accounts = await db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value).ToListAsync(ct);
        var workflow = new SelfAssessmentWorkflow(db);
        foreach (var force in forces)
        {
            var random = new Random(9900 + force.Id);
            var share = MetShare.GetValueOrDefault(force.Code, 0.6);
            var tracked = force.Code == "warwickshire";
            // Owners are people of PSD and the chief officer group who have no demonstration account, so the accounts' home pages stay as the demonstration needs.
            var owners = await db.People.Where(p => p.ForceId == force.Id && p.IsActive && !accounts.Contains(p.Id)
                    && (p.Department!.Name == "Professional Standards Department" || p.Department.Name == "Chief Officer Group"))
                .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);

            var first = await workflow.StartAsync(force.Id, $"Integrity self-assessment {today.AddMonths(-14).Year}", today.AddMonths(-14), ct);
            var second = await workflow.StartAsync(force.Id, $"Integrity self-assessment {today.Year}", today.AddMonths(-1), ct);
            await db.SaveChangesAsync(ct);

            var firstRatings = new Dictionary<int, ItemRating>();
            foreach (var answer in first.Answers)
            {
                var roll = random.NextDouble();
                var rating = roll < share ? ItemRating.Met : roll < share + (1 - share) / 2 ? ItemRating.PartlyMet : ItemRating.NotMet;
                answer.Rating = rating;
                answer.Evidence = rating == ItemRating.Met ? "Policy in place and its register reviewed by PSD." : "Gaps found in the review; see the actions.";
                firstRatings[answer.TemplateItemId] = rating;
                if (rating != ItemRating.Met && owners.Count > 0 && (tracked || random.NextDouble() < 0.7))
                {
                    var completed = tracked || random.NextDouble() < 0.6;
                    var due = today.AddMonths(-12).AddDays(random.Next(30, completed ? 200 : 300));
                    // Set a week after the assessment started, so the figures of past periods count it where it belongs.
                    AddAction(answer, owners[random.Next(owners.Count)], ActionTexts[random.Next(ActionTexts.Length)], due,
                        completed ? due.AddDays(-random.Next(0, 20)) : null, UkTime.StartOfDayUtc(first.StartedOn.AddDays(7)));
                }
            }

            first.Status = AssessmentStatus.Completed;
            first.CompletedOn = today.AddMonths(-12);

            // The current assessment: half rated so far, mostly better than last time.
            foreach (var answer in second.Answers.Where((_, i) => i % 2 == 0))
            {
                var before = firstRatings[answer.TemplateItemId];
                answer.Rating = before == ItemRating.Met || random.NextDouble() < 0.6 ? ItemRating.Met : before;
                answer.Evidence = "Checked against the portal's registers this month.";
                if (answer.Rating != ItemRating.Met && owners.Count > 0)
                {
                    AddAction(answer, owners[random.Next(owners.Count)], ActionTexts[random.Next(ActionTexts.Length)], today.AddDays(random.Next(-20, 90)), null,
                        UkTime.StartOfDayUtc(second.StartedOn.AddDays(3)));
                }
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private void AddAction(AssessmentAnswer answer, int ownerId, string text, DateOnly due, DateOnly? completedOn, DateTime created)
    {
        var action = new AssessmentAction
        {
            ForceId = answer.ForceId, Answer = answer, Description = text, OwnerId = ownerId, DueOn = due, CreatedUtc = created,
            Status = completedOn is null ? ActionStatus.InProgress : ActionStatus.Completed, CompletedOn = completedOn,
        };
        action.Notes.Add(new ActionNote { ForceId = answer.ForceId, Text = "Work started; owner agreed the plan with the head of PSD.", WrittenBy = DemoInvestigationsSeeder.DemoUser, WrittenUtc = created });
        if (completedOn is not null)
        {
            action.Notes.Add(new ActionNote { ForceId = answer.ForceId, Text = "Completed and reported to the integrity board.", WrittenBy = DemoInvestigationsSeeder.DemoUser, WrittenUtc = UkTime.StartOfDayUtc(completedOn.Value).AddHours(10) });
        }

        db.AssessmentActions.Add(action);
    }
}
