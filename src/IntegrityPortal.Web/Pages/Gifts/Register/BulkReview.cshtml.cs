using System.Globalization;
using System.Security.Claims;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// PSD marks several declarations reviewed in one step, from the register. Each is reviewed and
/// saved on its own, so each is audited as its own change and checked against the version the
/// list showed: one changed since, already reviewed, or PSD's own is skipped and named, and the
/// others are still done. The page first shows what was chosen and asks for the review note.
/// </summary>
public class BulkReviewModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int MaximumSelected = 50;
    public const string NoneChosen = "Select the declarations to mark as reviewed";
    public const string NoteNeeded = "Enter a note of the review";

    /// <summary>Each chosen declaration as "id:version", the version the list showed.</summary>
    [BindProperty(SupportsGet = true)]
    public List<string> Selected { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    // The register's state, to go back to the same list.
    [BindProperty(SupportsGet = true)]
    public GiftRegisterFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public RegisterListState List { get; private set; } = new(new GiftRegisterFilter(), null, null);
    public IReadOnlyList<GiftDeclaration> Chosen { get; private set; } = [];

    /// <summary>The gifts policy the user must confirm before reviewing, where the force requires it (PolicyGate).</summary>
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
            TempData["BulkReviewError"] = NoneChosen;
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
            TempData["BulkReviewError"] = NoneChosen;
            return Redirect(List.ListHref);
        }

        if (Blocked is not null)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), NoteNeeded);
        }
        else if (Note.Trim().Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            await RecordReadsAsync(ct);
            return Page();
        }

        var done = new List<string>();
        var skipped = new List<string>();
        var me = int.TryParse(User.FindFirstValue(PortalClaims.PersonId), out var personId) ? personId : (int?)null;
        foreach (var declaration in Chosen)
        {
            var reason = await ReviewOneAsync(declaration, VersionShown(declaration.Id), me, ct);
            if (reason is null)
            {
                done.Add(declaration.Reference);
            }
            else
            {
                skipped.Add($"{declaration.Reference} ({reason})");
            }
        }

        TempData["Confirmation"] = (done.Count == 1 ? "1 declaration marked reviewed" : $"{done.Count} declarations marked reviewed")
            + (done.Count > 0 ? $": {string.Join(", ", done)}" : string.Empty)
            + (skipped.Count > 0 ? $". Not changed: {string.Join("; ", skipped)}" : string.Empty);
        return Redirect(List.ListHref);
    }

    /// <summary>Reviews and saves one declaration; null when done, otherwise why it was skipped.</summary>
    private async Task<string?> ReviewOneAsync(GiftDeclaration declaration, int versionShown, int? me, CancellationToken ct)
    {
        if (declaration.Version != versionShown)
        {
            return "changed since the list was shown";
        }

        if (declaration.ReviewStatus != ReviewStatus.AwaitingReview)
        {
            return "already reviewed";
        }

        try
        {
            new GiftWorkflow(db).Review(declaration, me, ReviewStatus.Reviewed, Note!.Trim());
        }
        catch (GiftWorkflowException e)
        {
            db.ChangeTracker.Clear();
            return e.Message.TrimEnd('.').ToLowerInvariant();
        }

        var state = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();
        if (!await db.TrySaveAsync(declaration, versionShown, state, ct))
        {
            db.ChangeTracker.Clear();
            return "changed by someone else at the same time";
        }

        return null;
    }

    /// <summary>The page lists each chosen declaration and its declarant: each is a read of a person's record.</summary>
    private async Task RecordReadsAsync(CancellationToken ct)
    {
        foreach (var declaration in Chosen)
        {
            await audit.RecordReadAsync(nameof(GiftDeclaration), declaration.Id.ToString(CultureInfo.InvariantCulture), declaration.ForceId, null, ct);
        }
    }

    /// <summary>A chosen declaration the user cannot see (another force's, or none): the whole step is "not found".</summary>
    private bool SomeNotFound => Parsed().Count() != Chosen.Count;

    private int VersionShown(int id) => Parsed().Single(p => p.Id == id).Version;

    private IEnumerable<(int Id, int Version)> Parsed() =>
        Selected.Take(MaximumSelected).Select(s => s.Split(':'))
            .Where(p => p.Length == 2 && int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out _) && int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))
            .DistinctBy(p => p.Item1);

    private async Task LoadAsync(CancellationToken ct)
    {
        List = await RegisterListState.CheckedAsync(db, Filter, Sort, ListPage, ModelState, ct);
        var ids = Parsed().Select(p => p.Id).ToList();
        // The force filter applies: a declaration of a force the user does not serve is simply not found.
        Chosen = await db.GiftDeclarations.Include(d => d.Declarant).Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct);
        Blocked = await PolicyGate.BlockingAsync(db, GiftUser.PersonId(User), PolicySubject.GiftsAndHospitality, ct);
    }
}
