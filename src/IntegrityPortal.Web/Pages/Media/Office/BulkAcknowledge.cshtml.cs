using System.Globalization;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// The media department acknowledges several contacts in one step, from its list, as it
/// acknowledges one on the contact's page (only the department: PSD reads the log but does not
/// acknowledge). Each contact is acknowledged and saved on its own, so each is its own audited
/// change, checked against the version the list showed: one changed since, already
/// acknowledged, or logged by the user is skipped and named, and the others are still done.
/// The page first shows what was chosen and asks to confirm.
/// </summary>
public class BulkAcknowledgeModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int MaximumSelected = 50;
    public const string NoneChosen = "Select the contacts to acknowledge";

    /// <summary>Each chosen contact as "id:version", the version the list showed.</summary>
    [BindProperty(SupportsGet = true)]
    public List<string> Selected { get; set; } = [];

    // The log's state, to go back to the same list.
    [BindProperty(SupportsGet = true)]
    public MediaContactFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public MediaListState List { get; private set; } = new(new MediaContactFilter(), null);
    public IReadOnlyList<MediaContact> Chosen { get; private set; } = [];

    /// <summary>The media relationships policy the press office must confirm before acknowledging, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (SomeNotFound)
        {
            return NotFound();
        }

        if (Chosen.Count == 0)
        {
            TempData["BulkAcknowledgeError"] = NoneChosen;
            return Redirect(List.ListHref);
        }

        await RecordReadsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        if (SomeNotFound)
        {
            return NotFound();
        }

        if (Chosen.Count == 0)
        {
            TempData["BulkAcknowledgeError"] = NoneChosen;
            return Redirect(List.ListHref);
        }

        if (Blocked is not null)
        {
            return Page();
        }

        var done = new List<string>();
        var skipped = new List<string>();
        var me = GiftUser.PersonId(User);
        foreach (var contact in Chosen)
        {
            var reason = await AcknowledgeOneAsync(contact, VersionShown(contact.Id), me, ct);
            if (reason is null)
            {
                done.Add(contact.Reference);
            }
            else
            {
                skipped.Add($"{contact.Reference} ({reason})");
            }
        }

        TempData["Confirmation"] = (done.Count == 1 ? "1 contact acknowledged" : $"{done.Count} contacts acknowledged")
            + (done.Count > 0 ? $": {string.Join(", ", done)}" : string.Empty)
            + (skipped.Count > 0 ? $". Not changed: {string.Join("; ", skipped)}" : string.Empty);
        return Redirect(List.ListHref);
    }

    /// <summary>Acknowledges and saves one contact; null when done, otherwise why it was skipped.</summary>
    private async Task<string?> AcknowledgeOneAsync(MediaContact contact, int versionShown, int? me, CancellationToken ct)
    {
        if (contact.Version != versionShown)
        {
            return "changed since the list was shown";
        }

        if (contact.AcknowledgedUtc is not null)
        {
            return "already acknowledged";
        }

        try
        {
            new MediaWorkflow(db).Acknowledge(contact, me);
        }
        catch (MediaWorkflowException e)
        {
            db.ChangeTracker.Clear();
            return e.Message == MediaWorkflow.OwnContact ? "you logged it yourself" : e.Message.TrimEnd('.').ToLowerInvariant();
        }

        if (!await db.TrySaveAsync(contact, versionShown, new ModelStateDictionary(), ct))
        {
            db.ChangeTracker.Clear();
            return "changed by someone else at the same time";
        }

        return null;
    }

    /// <summary>The page lists each chosen contact and who had it: each is a read of a person's record.</summary>
    private async Task RecordReadsAsync(CancellationToken ct)
    {
        foreach (var contact in Chosen)
        {
            await audit.RecordReadAsync(nameof(MediaContact), contact.Id.ToString(CultureInfo.InvariantCulture), contact.ForceId, null, ct);
        }
    }

    /// <summary>A chosen contact the user cannot see (another force's, or none): the whole step is "not found".</summary>
    private bool SomeNotFound => Parsed().Count() != Chosen.Count;

    private int VersionShown(int id) => Parsed().Single(p => p.Id == id).Version;

    private IEnumerable<(int Id, int Version)> Parsed() =>
        Selected.Take(MaximumSelected).Select(s => s.Split(':'))
            .Where(p => p.Length == 2 && int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out _) && int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))
            .DistinctBy(p => p.Item1);

    private async Task LoadAsync(CancellationToken ct)
    {
        List = MediaListState.Checked(Filter, ListPage, ModelState);
        var ids = Parsed().Select(p => p.Id).ToList();
        // The force filter applies: a contact of a force the user does not serve is simply not found.
        Chosen = await db.MediaContacts.Include(c => c.Person).Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(ct);
        Blocked = await PolicyGate.BlockingAsync(db, GiftUser.PersonId(User), PolicySubject.MediaRelationships, ct);
    }
}
