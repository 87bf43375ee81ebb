using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// Check your answers before logging a contact: each answer with a Change link back to the
/// form, and the one button that logs it. The answers are checked again here; if one no
/// longer holds, the form shows it. Logging claims the draft in the same transaction as the
/// contact, so a second send shows the contact already logged instead of logging another.
/// </summary>
public class CheckModel(IntegrityDbContext db, IValidator<LogContactInput> validator, FormDraftStore drafts) : ContactFormPageModel(db, validator)
{
    public MediaContactDetails Details { get; private set; } = null!;
    public string OutletName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } elsewhere)
        {
            return elsewhere;
        }

        var person = (await CurrentPersonAsync(ct))!;
        var draftId = Draft!.Value;
        MediaContact contact;
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            if (!await drafts.ClaimAsync(draftId, ct))
            {
                await transaction.RollbackAsync(ct);
                return Logged(await drafts.RecordOfAsync(draftId, ct));
            }

            try
            {
                var details = Details;
                if (Input.HasNewOutlet)
                {
                    details = details with { OutletId = await OrganisationDirectory.FindOrAddAsync(Db, person.ForceId, Input.NewOutletName!, null, ct) };
                }

                contact = await new MediaWorkflow(Db).LogAsync(person, details, ct);
                await Db.SaveChangesAsync(ct);
            }
            catch (MediaWorkflowException e)
            {
                // The checks above apply the same rules, so this should not happen.
                Db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            await drafts.RecordAsync(draftId, contact.Id, ct);
            await transaction.CommitAsync(ct);
        }

        return Logged(contact.Id);
    }

    /// <summary>Loads and checks the draft; returns where to go instead of this page, or null to show it.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person
            || await drafts.FindAsync(Draft, person.Id, FormDraftKinds.MediaContact, ct) is not { } draft)
        {
            return NotFound();
        }

        if (draft.SubmittedUtc is not null)
        {
            return Logged(draft.RecordId);
        }

        Input = FormDraftStore.Read<LogContactInput>(draft);
        await LoadFormAsync(person.ForceId, ct);
        if (await ValidateAsync(person.ForceId, ct) is not { } details)
        {
            return RedirectToPage("Log", new { draft = Draft });
        }

        Details = details;
        OutletName = Input.HasNewOutlet
            ? $"{Input.NewOutletName!.Trim()} (new)"
            : await Db.Organisations.AsNoTracking().Where(o => o.Id == details.OutletId).Select(o => o.Name).SingleAsync(ct);
        return null;
    }

    private IActionResult Logged(int? id) =>
        id is { } contactId ? RedirectToPage("Logged", new { id = contactId }) : RedirectToPage("Index");

    public string ChangeUrl(string field) => Url.Page("Log", new { draft = Draft }) + $"#{nameof(Input)}_{field}";
}
