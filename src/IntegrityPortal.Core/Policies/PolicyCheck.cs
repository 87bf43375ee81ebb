namespace IntegrityPortal.Core.Policies;

/// <summary>
/// Marking a version's comprehension check, and the order its options are shown in. The order
/// is shuffled per task and attempt (so a second attempt is not answered by position), but is
/// the same each time one attempt's page is shown, so a page shown again after an error keeps
/// the options where the person saw them.
/// </summary>
public static class PolicyCheck
{
    /// <summary>The indexes of a question's options in the order to show them.</summary>
    public static IReadOnlyList<int> OptionOrder(int taskId, int attempt, int question, int optionCount)
    {
        var order = Enumerable.Range(0, optionCount).ToArray();
        // A fixed seed from the task, attempt and question (not HashCode, which differs per process).
        var random = new Random(unchecked((taskId * 7919) + (attempt * 104_729) + (question * 31) + 17));
        random.Shuffle(order);
        return order;
    }

    /// <summary>The number of right answers and the numbers (from 1) of the questions answered wrongly or not at all.</summary>
    public static (int Correct, IReadOnlyList<int> ToRevisit) Mark(IReadOnlyList<PolicyQuestion> questions, IReadOnlyList<int?> answers)
    {
        var revisit = new List<int>();
        for (var i = 0; i < questions.Count; i++)
        {
            var answer = i < answers.Count ? answers[i] : null;
            if (answer != questions[i].Correct)
            {
                revisit.Add(i + 1);
            }
        }

        return (questions.Count - revisit.Count, revisit);
    }
}
