using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>
/// The question pages of a declaration (who, what, when; see <see cref="GiftQuestions"/>). Each
/// page checks its own answers, beside each field, and keeps them in the person's draft on the
/// server; nothing reaches the register until they send it from Check your answers. A page
/// reached from a Change link goes back to Check your answers.
/// </summary>
public class DeclareModel(IntegrityDbContext db, IValidator<GiftInput> validator, FormDraftStore drafts) : GiftFormPageModel(db, validator)
{
    /// <summary>The draft's id; none before the first page is answered.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    /// <summary>Reached from a Change link on Check your answers, so it returns there.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    public GiftQuestionPage Question { get; private set; } = GiftQuestions.Pages[0];

    public async Task<IActionResult> OnGetAsync(string step, CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person || GiftQuestions.Find(step) is not { } question)
        {
            return NotFound();
        }

        Question = question;
        if (Draft is not null)
        {
            if (await drafts.FindAsync(Draft, person.Id, FormDraftKinds.GiftDeclaration, ct) is not { } draft)
            {
                return NotFound();
            }

            if (draft.SubmittedUtc is not null)
            {
                return Sent(draft);
            }

            Input = FormDraftStore.Read<GiftInput>(draft);
        }
        else if (question != GiftQuestions.Pages[0])
        {
            // A later page needs the answers of the earlier ones.
            return RedirectToPage("Declare", new { step = GiftQuestions.Pages[0].Slug });
        }

        await LoadFormAsync(person.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string step, CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person || GiftQuestions.Find(step) is not { } question)
        {
            return NotFound();
        }

        Question = question;
        var draft = await drafts.FindAsync(Draft, person.Id, FormDraftKinds.GiftDeclaration, ct);
        if (Draft is not null && draft is null)
        {
            return NotFound();
        }

        if (draft?.SubmittedUtc is not null)
        {
            return Sent(draft);
        }

        // This page's answers as posted, over the answers kept so far; nothing else the post
        // carries is read.
        var answers = draft is null ? new GiftInput() : FormDraftStore.Read<GiftInput>(draft);
        GiftQuestions.Copy(question, Input, answers);
        Input = answers;

        await LoadFormAsync(person.ForceId, ct);
        await ValidateAsync(person.ForceId, ct);
        // Only this page's questions are answered here: the others' messages wait for their pages.
        foreach (var key in ModelState.Keys.Where(k => !question.Asks(k)).ToList())
        {
            ModelState.Remove(key);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = await drafts.SaveAsync(draft, person.ForceId, person.Id, FormDraftKinds.GiftDeclaration, Input, ct);
        return GiftQuestions.Next(question) is { } next && !Change
            ? RedirectToPage("Declare", new { step = next.Slug, draft = id })
            : RedirectToPage("Check", new { draft = id });
    }

    /// <summary>A draft already sent: its pages show the declaration it made, never a second form.</summary>
    private RedirectToPageResult Sent(FormDraft draft) =>
        draft.RecordId is { } recordId ? RedirectToPage("Declared", new { id = recordId }) : RedirectToPage("Index");

    /// <summary>Where the back link goes: the previous question, or Check your answers after a Change link.</summary>
    public (string Page, object Route) Back =>
        Change ? ("Check", (object)new { draft = Draft })
        : GiftQuestions.Previous(Question) is { } previous ? ("Declare", (object)new { step = previous.Slug, draft = Draft })
        : ("Index", (object)new { });
}
