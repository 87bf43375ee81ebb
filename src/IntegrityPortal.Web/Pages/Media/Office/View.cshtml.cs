using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// One contact in full for the media department (and PSD), with the department's two steps:
/// acknowledging it, and flagging it as a suspected leak, which refers it to PSD. Only the
/// department takes those steps (PSD is refused, 403). A contact of a force the user does not
/// serve is "not found". Every view is recorded as a consultation.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit, IAuthorizationService authorization) : PageModel
{
    public const int MaximumReasonLength = 4000;

    [BindProperty]
    public AcknowledgeInput Acknowledgement { get; set; } = new();

    [BindProperty]
    public FlagContactInput Flag { get; set; } = new();

    public MediaContact Contact { get; private set; } = null!;

    /// <summary>The media relationships policy the press office must confirm before acknowledging, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }

    // The log's filter and page this contact was opened from (MediaListState).
    [BindProperty(SupportsGet = true)]
    public MediaContactFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public MediaListState List { get; private set; } = new(new MediaContactFilter(), null);

    /// <summary>The contact after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }
    public IReadOnlyList<SuspectedLeak> Flags { get; private set; } = [];
    public bool IsMediaOffice => User.IsInRole(Roles.PressOffice);
    public bool IsOwnContact => GiftUser.PersonId(User) == Contact.PersonId;
    public bool AwaitsPsd => Flags.Any(f => f.Status == SuspectedLeakStatus.AwaitingPsd);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Acknowledgement = new AcknowledgeInput { Version = Contact.Version };
        await audit.RecordReadAsync("MediaContact", id.ToString(), Contact.ForceId, null, ct);
        return Page();
    }

    /// <summary>A post without a handler (no form of this page makes one) changes nothing.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Redirect(List.RecordHref(id)) : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken ct)
    {
        if (!await IsMediaOfficeAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Blocked is not null)
        {
            return Page();
        }

        if (!Try(() => new MediaWorkflow(db).Acknowledge(Contact, GiftUser.PersonId(User)))
            || !await db.TrySaveAsync(Contact, Acknowledgement.Version, ModelState, ct))
        {
            return await RedisplayAsync(id, ct);
        }

        TempData["Confirmation"] = $"{Contact.Reference} acknowledged";
        return Redirect(List.RecordHref(id));
    }

    public async Task<IActionResult> OnPostFlagAsync(int id, CancellationToken ct)
    {
        if (!await IsMediaOfficeAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Flag.Reason))
        {
            ModelState.AddModelError("Flag.Reason", MediaWorkflow.ReasonNeeded);
        }
        else if (Flag.Reason.Trim().Length > MaximumReasonLength)
        {
            ModelState.AddModelError("Flag.Reason", "The reason must be 4000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, ct);
        }

        SuspectedLeak? leak = null;
        try
        {
            leak = await new MediaWorkflow(db).FlagContactAsync(Contact, GiftUser.PersonId(User), Flag.Reason!, ct);
        }
        catch (MediaWorkflowException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return await RedisplayAsync(id, ct);
        }

        await db.SaveChangesAsync(ct);
        return Redirect(List.Href($"/Media/Office/Flagged/{leak.Id}"));
    }

    private async Task<bool> IsMediaOfficeAsync() =>
        (await authorization.AuthorizeAsync(User, Policies.MediaOffice)).Succeeded;

    private bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (MediaWorkflowException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return false;
        }
    }

    /// <summary>Shows the page again with the user's input and messages; nothing of the failed step is kept.</summary>
    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var contact = await db.MediaContacts
            .Include(c => c.Force).ThenInclude(f => f!.Settings)
            .Include(c => c.Person)
            .Include(c => c.Department)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        Blocked = IsMediaOffice ? await PolicyGate.BlockingAsync(db, GiftUser.PersonId(User), PolicySubject.MediaRelationships, ct) : null;
        List = MediaListState.Checked(Filter, ListPage, ModelState);
        NextId = await List.Filter.NextAfterAsync(db.MediaContacts.AsNoTracking(), contact, ct);
        Flags = await db.SuspectedLeaks.AsNoTracking().Where(l => l.MediaContactId == id).OrderBy(l => l.FlaggedUtc).ToListAsync(ct);
        return true;
    }
}

public class AcknowledgeInput
{
    public int Version { get; set; }
}

public class FlagContactInput
{
    public string? Reason { get; set; }
}
