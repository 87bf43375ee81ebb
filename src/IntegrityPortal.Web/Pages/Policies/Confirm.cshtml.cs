using System.Globalization;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>
/// The comprehension check and "I have read and understood" for the user's own task. Options are
/// shown in an order shuffled per attempt; a failed attempt is recorded and names the questions to
/// revisit, never the right answers. Someone outside the version's audience has no task: 404.
/// </summary>
public class ConfirmModel(IntegrityDbContext db) : PageModel
{
    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    [BindProperty]
    public bool Understood { get; set; }

    public PolicyVersion Version { get; private set; } = null!;
    public PolicyTask Task { get; private set; } = null!;
    public IReadOnlyList<int> Revisit { get; private set; } = [];

    public static string AnswerKey(int question) => $"{nameof(Answers)}[{question}]";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return Task.ConfirmedUtc is null ? Page() : Redirect($"/Policies/Read/{id}");
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Task.ConfirmedUtc is not null)
        {
            return Redirect($"/Policies/Read/{id}");
        }

        var questions = Version.Questions;
        var answers = new List<int?>();
        for (var i = 0; i < questions.Count; i++)
        {
            var text = i < Answers.Count ? Answers[i] : null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) && chosen < questions[i].Options.Count)
            {
                answers.Add(chosen);
            }
            else
            {
                answers.Add(null);
                ModelState.AddModelError(AnswerKey(i), $"Select an answer to question {i + 1}");
            }
        }

        if (!Understood)
        {
            ModelState.AddModelError(nameof(Understood), "Confirm that you have read and understood the policy");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        ConfirmationResult result;
        try
        {
            result = await PolicyConfirmation.ConfirmAsync(db, Task, Version, answers, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A second press while the first was being saved: nothing of this one was written,
            // and the page as it now stands (the policy, or the check again) is the answer.
            return Redirect($"/Policies/Confirm/{id}");
        }

        if (result.Confirmed)
        {
            return Redirect($"/Policies/Read/{id}");
        }

        // A new attempt: the options are shown in a new order, and nothing is left chosen.
        Revisit = result.ToRevisit;
        Answers = [];
        Understood = false;
        ModelState.Clear();
        ModelState.AddModelError(string.Empty,
            $"You answered {result.Correct} of {questions.Count} correctly and needed {result.Needed}. Read the policy again, then answer {Words(result.ToRevisit)} again.");
        foreach (var question in result.ToRevisit)
        {
            ModelState.AddModelError(AnswerKey(question - 1), $"Question {question}: read the policy again and reconsider your answer");
        }

        return Page();
    }

    private static string Words(IReadOnlyList<int> questions) =>
        questions.Count == 1 ? $"question {questions[0]}" : $"questions {string.Join(", ", questions.SkipLast(1))} and {questions[^1]}";

    private async Task<bool> LoadAsync(int versionId, CancellationToken ct)
    {
        if (PolicyPages.PersonId(User) is not { } me)
        {
            return false;
        }

        var task = await db.PolicyTasks.Include(t => t.PolicyVersion!).ThenInclude(v => v.Policy)
            .SingleOrDefaultAsync(t => t.PolicyVersionId == versionId && t.PersonId == me, ct);
        if (task?.PolicyVersion is not { Status: PolicyVersionStatus.Published } version)
        {
            return false;
        }

        Task = task;
        Version = version;
        return true;
    }
}
