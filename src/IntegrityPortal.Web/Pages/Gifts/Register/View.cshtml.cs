using System.Security.Claims;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// One declaration in full for PSD, with its approval trail and every version, and PSD's two
/// decisions: approval of an acceptance awaiting PSD (checked, then recorded, then confirmed on
/// <see cref="DecidedModel"/>), and the review. A declaration of a force the user does not serve
/// is "not found". Every view is recorded as a consultation. A review of
/// "referred for investigation" opens a case or links an open one in the same step
/// (<see cref="GiftReferrals"/>), saved in one transaction with the review.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    public ApprovalInput Approval { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public GiftDeclaration Declaration { get; private set; } = null!;

    /// <summary>The gifts policy the user must confirm before deciding, where the force requires it (PolicyGate).</summary>
    public PolicyBlock? Blocked { get; private set; }

    // The register's filter, sort and page this declaration was opened from (RegisterListState).
    [BindProperty(SupportsGet = true)]
    public GiftRegisterFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public RegisterListState List { get; private set; } = new(new GiftRegisterFilter(), null, null);

    /// <summary>The declaration after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }
    public IReadOnlyList<(GiftDeclarationVersion Version, GiftDetails Details)> Versions { get; private set; } = [];
    public Dictionary<int, string> OrganisationNames { get; private set; } = [];

    public static readonly IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ReviewOutcomes =
    [
        new("Reviewed", nameof(ReviewStatus.Reviewed)),
        new("Needs action", nameof(ReviewStatus.NeedsAction)),
        new("Referred for investigation", nameof(ReviewStatus.ReferredForInvestigation)),
    ];

    public static readonly IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Referrals =
    [
        new("Open a new case", nameof(ReferralChoice.OpenCase)),
        new("Link an existing case", nameof(ReferralChoice.LinkCase)),
    ];

    /// <summary>The open cases of the declaration's force, to link a referral to: references, categories and dates, no person or allegation.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> OpenCases { get; private set; } = [];

    /// <summary>The cases linked to this declaration, shown in the review with a link to each.</summary>
    public IReadOnlyList<(int Id, string Reference)> Cases { get; private set; } = [];

    public static readonly IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ApprovalDecisions =
    [
        new("Approve", "approve"),
        new("Refuse", "refuse"),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Approval = new ApprovalInput { Version = Declaration.Version };
        Review = new ReviewInput { Version = Declaration.Version };
        await audit.RecordReadAsync("GiftDeclaration", id.ToString(), Declaration.ForceId, null, ct);
        return Page();
    }

    /// <summary>A post without a handler (no form of this page makes one) changes nothing.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Redirect(List.RecordHref(id)) : NotFound();

    /// <summary>True when the page shows PSD's decision on the acceptance to check before it is recorded (decision 0076).</summary>
    public bool CheckingApproval { get; private set; }

    /// <summary>"Continue": the decision checked as it would be recorded, then shown to check; nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckApprovalAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        CheckingApproval = Blocked is null && CheckApproval();
        return await RedisplayAsync(id, ct);
    }

    /// <summary>"Change" on the check: the form again with the decision as it was typed.</summary>
    public async Task<IActionResult> OnPostChangeApprovalAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        return Page();
    }

    /// <summary>"Record the decision": checked again, recorded, then its confirmation (<see cref="DecidedModel"/>).</summary>
    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Blocked is not null || !CheckApproval() || !await db.TrySaveAsync(Declaration, Approval.Version, ModelState, ct))
        {
            return await RedisplayAsync(id, ct);
        }

        return Redirect(List.Href($"/Gifts/Register/Decided/{id}"));
    }

    /// <summary>
    /// Validates the decision and applies it to the loaded declaration (not saved), so a check
    /// answers every rule that recording would: the declarant's own, or one approved as line manager.
    /// </summary>
    private bool CheckApproval()
    {
        if (Approval.Decision is not ("approve" or "refuse"))
        {
            ModelState.AddModelError("Approval.Decision", "Select whether to approve or refuse the acceptance");
        }
        else if (Approval.Decision == "refuse" && string.IsNullOrWhiteSpace(Approval.Note))
        {
            ModelState.AddModelError("Approval.Note", "Enter why the acceptance is refused");
        }

        if (Approval.Note?.Length > 2000)
        {
            ModelState.AddModelError("Approval.Note", "The note must be 2,000 characters or fewer");
        }

        return ModelState.IsValid && Try(() => new GiftWorkflow(db).PsdDecide(Declaration, PersonId, Approval.Decision == "approve", Clean(Approval.Note)));
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Blocked is not null)
        {
            return Page();
        }

        if (Review.Outcome is null or ReviewStatus.AwaitingReview || !Enum.IsDefined(Review.Outcome.Value))
        {
            ModelState.AddModelError("Review.Outcome", "Select reviewed, needs action or referred for investigation");
        }
        else if (Review.Outcome == ReviewStatus.ReferredForInvestigation)
        {
            if (Review.Referral is not { } referral || !Enum.IsDefined(referral))
            {
                ModelState.AddModelError("Review.Referral", "Select whether to open a new case or link an existing case");
            }
            else if (referral == ReferralChoice.LinkCase && Review.CaseId is null)
            {
                ModelState.AddModelError("Review.CaseId", "Choose the case to link the declaration to");
            }
        }

        if (string.IsNullOrWhiteSpace(Review.Note))
        {
            ModelState.AddModelError("Review.Note", "Enter a note of the review");
        }
        else if (Review.Note.Length > 2000)
        {
            ModelState.AddModelError("Review.Note", "The note must be 2,000 characters or fewer");
        }

        if (ModelState.IsValid && !Try(() => new GiftWorkflow(db).Review(Declaration, PersonId, Review.Outcome!.Value, Clean(Review.Note))))
        {
            return await RedisplayAsync(id, ct);
        }

        var referred = ModelState.IsValid ? await ReferAsync(ct) : null;
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, ct);
        }

        try
        {
            if (!await db.TrySaveAsync(Declaration, Review.Version, ModelState, ct))
            {
                return await RedisplayAsync(id, ct);
            }
        }
        catch (DbUpdateException) when (referred is not null)
        {
            // Another case of the PSD took the same number at the same moment (as on Investigations/Open).
            ModelState.AddModelError(string.Empty, "The case could not be numbered because another was opened at the same moment. Record the review again");
            return await RedisplayAsync(id, ct);
        }

        // A new case is a new record, so it gets its confirmation page; a review, which can be
        // recorded again, is a step on the declaration and returns to it (docs/architecture.md).
        if (referred is not null && Review.Referral == ReferralChoice.OpenCase)
        {
            return Redirect($"/Investigations/Opened/{referred.Id}");
        }

        TempData["Confirmation"] = $"{Declaration.Reference}: review recorded as {Review.Outcome!.Value.Describe().ToLowerInvariant()}"
            + (referred is null ? "" : $"; linked to case {referred.Reference}");
        return Redirect(List.RecordHref(id));
    }

    /// <summary>
    /// For a referral, opens the case or links the chosen one (not yet saved); a case that cannot
    /// be linked is answered beside the case field. Null for the other outcomes.
    /// </summary>
    private async Task<Investigation?> ReferAsync(CancellationToken ct)
    {
        if (Review.Outcome != ReviewStatus.ReferredForInvestigation)
        {
            return null;
        }

        try
        {
            var referrals = new GiftReferrals(db);
            return Review.Referral == ReferralChoice.OpenCase
                ? await referrals.OpenCaseAsync(Declaration, Review.Note!, ct)
                : await referrals.LinkCaseAsync(Declaration, Review.CaseId!.Value, ct);
        }
        catch (InvestigationRuleException e)
        {
            ModelState.AddModelError(e.Field is "CaseId" or "RecordId" ? "Review.CaseId" : string.Empty, e.Message);
            return null;
        }
    }

    private int? PersonId => int.TryParse(User.FindFirstValue(PortalClaims.PersonId), out var personId) ? personId : null;

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (GiftWorkflowException e)
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
        var declaration = await db.GiftDeclarations
            .Include(d => d.Force)
            .Include(d => d.Declarant).ThenInclude(p => p!.Department)
            .Include(d => d.Department)
            .Include(d => d.Organisation)
            .Include(d => d.Versions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct);
        if (declaration is null)
        {
            return false;
        }

        Declaration = declaration;
        Blocked = await PolicyGate.BlockingAsync(db, PersonId, PolicySubject.GiftsAndHospitality, ct);
        List = await RegisterListState.CheckedAsync(db, Filter, Sort, ListPage, ModelState, ct);
        NextId = await List.Filter.NextAfterAsync(db.GiftDeclarations.AsNoTracking(), declaration, List.Sort, ct);
        Versions = declaration.Versions.OrderByDescending(v => v.Number).Select(v => (v, v.ReadDetails())).ToList();
        var organisationIds = Versions.Select(v => v.Details.OrganisationId).Distinct().ToList();
        OrganisationNames = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var linkedCaseIds = db.InvestigationLinks
            .Where(l => l.ForceId == declaration.ForceId && l.Kind == LinkedRecordKind.GiftDeclaration && l.RecordId == declaration.Id)
            .Select(l => l.InvestigationId);
        Cases = (await db.Investigations.AsNoTracking().Where(i => linkedCaseIds.Contains(i.Id)).OrderBy(i => i.OpenedOn).ThenBy(i => i.Id)
                .Select(i => new { i.Id, i.ReferenceYear, i.ReferenceNumber }).ToListAsync(ct))
            .Select(i => (i.Id, Investigation.FormatReference(i.ReferenceYear, i.ReferenceNumber))).ToList();
        // One force's open cases are tens at a time, so a select serves (decision "Case pages").
        OpenCases = (await db.Investigations.AsNoTracking()
                .Where(i => i.ForceId == declaration.ForceId && (i.Status == InvestigationStatus.Open || i.Status == InvestigationStatus.Continuing))
                .OrderByDescending(i => i.OpenedOn).ThenByDescending(i => i.Id)
                .Select(i => new { i.Id, i.ReferenceYear, i.ReferenceNumber, i.Category, i.OpenedOn }).ToListAsync(ct))
            .Select(i => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(
                $"{Investigation.FormatReference(i.ReferenceYear, i.ReferenceNumber)}: {i.Category.Describe().ToLowerInvariant()}, opened {UkFormat.Date(i.OpenedOn)}", i.Id.ToString()))
            .ToList();
        return true;
    }

    public string OrganisationName(int organisationId) => OrganisationNames.TryGetValue(organisationId, out var name) ? name : $"Organisation {organisationId}";
}

public class ApprovalInput
{
    public string? Decision { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Where a referral for investigation goes: a new case, or an open case of the force.</summary>
public enum ReferralChoice
{
    OpenCase = 1,
    LinkCase = 2,
}

public class ReviewInput
{
    public ReviewStatus? Outcome { get; set; }

    /// <summary>Asked only when the outcome is "referred for investigation".</summary>
    public ReferralChoice? Referral { get; set; }

    /// <summary>The open case to link, when <see cref="Referral"/> is <see cref="ReferralChoice.LinkCase"/>.</summary>
    public int? CaseId { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}
