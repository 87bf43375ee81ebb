using IntegrityPortal.Core.Procurement;
using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>
/// Check your answers: the draft's answers with a Change link to each question page, and the
/// one button that sends the declaration to the register. The answers are checked again here
/// (an organisation could have gone, a day passed); one that no longer holds sends the user back
/// to its question. Sending claims the draft in the same transaction as the declaration, so a
/// second send (a double click, or back and send again) shows the declaration already made.
/// Once it is committed, the cross-check looks for the offer's organisation in the procurement registers.
/// </summary>
public class CheckModel(IntegrityDbContext db, IValidator<GiftInput> validator, FormDraftStore drafts, CrossCheckOnSave crossCheck) : GiftFormPageModel(db, validator), IGiftAnswers
{
    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    public GiftDetails Details { get; private set; } = null!;
    public string OrganisationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } elsewhere)
        {
            return elsewhere;
        }

        var person = (await CurrentPersonAsync(ct))!;
        var draftId = Draft!.Value;
        GiftDeclaration declaration;
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            if (!await drafts.ClaimAsync(draftId, ct))
            {
                await transaction.RollbackAsync(ct);
                return Declared(await drafts.RecordOfAsync(draftId, ct));
            }

            try
            {
                var details = await WithOrganisationAsync(Details, person.ForceId, ct);
                declaration = await new GiftWorkflow(Db).DeclareAsync(person, details, ct);
                await Db.SaveChangesAsync(ct);
            }
            catch (GiftWorkflowException e)
            {
                // The checks above apply the same rules, so this should not happen.
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            await drafts.RecordAsync(draftId, declaration.Id, ct);
            await transaction.CommitAsync(ct);
        }

        // The offer against the procurement registers, now rather than tonight.
        await crossCheck.RunAsync(declaration.ForceId, MatchRecordKind.GiftDeclaration, declaration.Id, ct);
        return Declared(declaration.Id);
    }

    /// <summary>Loads and checks the draft; returns where to go instead of this page, or null to show it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person
            || await drafts.FindAsync(Draft, person.Id, FormDraftKinds.GiftDeclaration, ct) is not { } draft)
        {
            return NotFound();
        }

        if (draft.SubmittedUtc is not null)
        {
            return Declared(draft.RecordId);
        }

        Input = FormDraftStore.Read<GiftInput>(draft);
        await LoadFormAsync(person.ForceId, ct);
        if (await ValidateAsync(person.ForceId, ct) is not { } details)
        {
            var first = ModelState.First(e => e.Value?.Errors.Count > 0).Key;
            return RedirectToPage("Declare", new { step = GiftQuestions.PageOf(first).Slug, draft = Draft, change = true });
        }

        Details = details;
        OrganisationName = Input.HasNewOrganisation
            ? $"{Input.NewOrganisationName!.Trim()} (new)"
            : await Db.Organisations.AsNoTracking().Where(o => o.Id == details.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return null;
    }

    private IActionResult Declared(int? id) =>
        id is { } declarationId ? RedirectToPage("Declared", new { id = declarationId }) : RedirectToPage("Index");

    /// <summary>The address of a question page reached from a Change link, at the answer's field.</summary>
    public string ChangeUrl(string field) =>
        Url.Page("Declare", new { step = GiftQuestions.PageOf($"{nameof(Input)}.{field}").Slug, draft = Draft, change = true })
        + $"#{nameof(Input)}_{field}";
}
