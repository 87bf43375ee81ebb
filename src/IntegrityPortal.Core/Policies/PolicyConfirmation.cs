using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Policies;

/// <summary>What became of an attempt to confirm a version.</summary>
/// <param name="ToRevisit">The numbers (from 1) of the questions to look at again; never the right answers.</param>
public sealed record ConfirmationResult(bool Confirmed, int Correct, int Needed, IReadOnlyList<int> ToRevisit);

/// <summary>
/// A person confirms "I have read and understood" a version. Where the version has a check, the
/// answers are marked and recorded as an attempt first, and only a pass confirms: a confirmation
/// without the pass mark is refused, whatever the form posted.
/// </summary>
public static class PolicyConfirmation
{
    public static async Task<ConfirmationResult> ConfirmAsync(IntegrityDbContext db, PolicyTask task, PolicyVersion version,
        IReadOnlyList<int?> answers, CancellationToken ct = default)
    {
        if (task.ConfirmedUtc is not null)
        {
            throw new DomainRuleException("This policy has already been confirmed.");
        }

        if (task.PolicyVersionId != version.Id || version.Status != PolicyVersionStatus.Published)
        {
            throw new DomainRuleException("This task is not for that version.");
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var questions = version.Questions;
        var needed = version.CorrectNeeded(questions.Count);
        var (correct, revisit) = PolicyCheck.Mark(questions, answers);
        var passed = correct >= needed;
        if (questions.Count > 0)
        {
            task.Attempts++;
            db.PolicyAttempts.Add(new PolicyAttempt
            {
                ForceId = task.ForceId,
                PolicyTaskId = task.Id,
                AttemptedUtc = now,
                Answers = string.Join(",", Enumerable.Range(0, questions.Count).Select(i => i < answers.Count && answers[i] is { } a ? a : -1)),
                Correct = correct,
                Questions = questions.Count,
                Passed = passed,
            });
        }

        if (passed)
        {
            task.ConfirmedUtc = now;
            task.ConfirmedOn = DateOnly.FromDateTime(UkTime.ToUk(now));
        }

        await db.SaveChangesAsync(ct);
        return new ConfirmationResult(passed, correct, needed, passed ? [] : revisit);
    }
}
