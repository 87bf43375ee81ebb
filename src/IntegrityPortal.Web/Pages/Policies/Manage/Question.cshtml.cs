using System.Globalization;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>Adds a multiple-choice question to a draft version's check: two to four options, one of them right.</summary>
public class QuestionModel(IntegrityDbContext db) : PageModel
{
    public sealed class QuestionInput
    {
        public string? Text { get; set; }
        public string? Option1 { get; set; }
        public string? Option2 { get; set; }
        public string? Option3 { get; set; }
        public string? Option4 { get; set; }
        public string? Correct { get; set; }
    }

    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public PolicyVersion Version { get; private set; } = null!;

    public static readonly IReadOnlyList<SelectListItem> CorrectOptions =
        Enumerable.Range(1, PolicyRules.MaximumOptions).Select(n => new SelectListItem($"Option {n}", n.ToString(CultureInfo.InvariantCulture))).ToList();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var options = new[] { Input.Option1, Input.Option2, Input.Option3, Input.Option4 };
        if (Version.Questions.Count >= PolicyRules.MaximumQuestions)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(QuestionInput.Text)}", $"A check has at most {PolicyRules.MaximumQuestions} questions");
        }

        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(QuestionInput.Text)}", "Enter the question");
        }
        else if (Input.Text.Trim().Length > PolicyRules.QuestionLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(QuestionInput.Text)}", $"The question must be {PolicyRules.QuestionLength} characters or fewer");
        }

        for (var i = 0; i < options.Length; i++)
        {
            var key = $"{nameof(Input)}.Option{i + 1}";
            if (i < PolicyRules.MinimumOptions && string.IsNullOrWhiteSpace(options[i]))
            {
                ModelState.AddModelError(key, $"Enter option {i + 1}");
            }
            else if ((options[i] ?? string.Empty).Trim().Length > PolicyRules.OptionLength)
            {
                ModelState.AddModelError(key, $"Option {i + 1} must be {PolicyRules.OptionLength} characters or fewer");
            }
        }

        var correct = int.TryParse(Input.Correct, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= PolicyRules.MaximumOptions ? n : (int?)null;
        if (correct is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(QuestionInput.Correct)}", "Select the right answer");
        }
        else if (string.IsNullOrWhiteSpace(options[correct.Value - 1]))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(QuestionInput.Correct)}", $"Option {correct} is empty: select an option you have written");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Empty options are dropped; the right one's index follows it.
        var written = options.Select((text, index) => (Text: text?.Trim(), Index: index)).Where(o => !string.IsNullOrEmpty(o.Text)).ToList();
        var question = new PolicyQuestion(Input.Text!.Trim(), written.Select(o => o.Text!).ToList(), written.FindIndex(o => o.Index == correct!.Value - 1));
        Version.Questions = [.. Version.Questions, question];
        await db.SaveChangesAsync(ct);
        return Redirect($"/Policies/Manage/Check/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var version = await PolicyPages.KeptVersionAsync(db, id, ct);
        if (version is not { Status: PolicyVersionStatus.Draft })
        {
            return false;
        }

        Version = version;
        return true;
    }
}
