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
/// Check your answers before saving an amendment: the amended details and the reason, with
/// Change links back to the amendment form, and the button that saves them as a new version.
/// Saving claims the draft in the same transaction, so a second send shows the confirmation;
/// a change made to the declaration since the form was opened is not overwritten.
/// </summary>
public class AmendCheckModel(IntegrityDbContext db, IValidator<GiftInput> validator, FormDraftStore drafts, CrossCheckOnSave crossCheck) : GiftFormPageModel(db, validator), IGiftAnswers
{
    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    public GiftDeclaration Declaration { get; private set; } = null!;
    public GiftDetails Details { get; private set; } = null!;
    public string OrganisationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } elsewhere)
        {
            return elsewhere;
        }

        var draftId = Draft!.Value;
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            if (!await drafts.ClaimAsync(draftId, ct))
            {
                await transaction.RollbackAsync(ct);
                return Amended();
            }

            try
            {
                var details = await WithOrganisationAsync(Details, Declaration.ForceId, ct);
                await new GiftWorkflow(Db).AmendAsync(Declaration, details, Input.AmendmentReason!.Trim(), ct);
            }
            catch (GiftWorkflowException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            // A change since the form was opened: nothing is saved and the claim is rolled back.
            if (!await Db.TrySaveAsync(Declaration, Input.Version, ModelState, ct))
            {
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        // The amended details may name another organisation, or a date that now falls within a contract's window.
        await crossCheck.RunAsync(Declaration.ForceId, MatchRecordKind.GiftDeclaration, Declaration.Id, ct);
        return Amended();
    }

    /// <summary>Loads and checks the draft and its declaration; returns where to go instead of this page, or null to show it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        if (me is null || await drafts.FindAsync(Draft, me.Value, FormDraftKinds.GiftAmendment, ct) is not { } draft
            || await Db.GiftDeclarations.SingleOrDefaultAsync(d => d.Id == draft.RecordId && d.DeclarantId == me, ct) is not { } declaration)
        {
            return NotFound();
        }

        Declaration = declaration;
        if (draft.SubmittedUtc is not null)
        {
            return Amended();
        }

        Input = FormDraftStore.Read<GiftInput>(draft);
        Input.IsAmendment = true;
        await LoadFormAsync(declaration.ForceId, ct);
        if (await ValidateAsync(declaration.ForceId, ct) is not { } details)
        {
            return RedirectToPage("Amend", new { id = declaration.Id, draft = Draft });
        }

        Details = details;
        OrganisationName = Input.HasNewOrganisation
            ? $"{Input.NewOrganisationName!.Trim()} (new)"
            : await Db.Organisations.AsNoTracking().Where(o => o.Id == details.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return null;
    }

    private RedirectToPageResult Amended() => RedirectToPage("Declared", new { id = Declaration.Id, amended = true });

    public string ChangeUrl(string field) => Url.Page("Amend", new { id = Declaration.Id, draft = Draft }) + $"#{nameof(Input)}_{field}";
}
