using IntegrityPortal.Core.Auditing;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Team;

/// <summary>
/// A line manager approves or refuses the acceptance of an offer above the force's approval
/// value by one of their direct reports. Anyone else's declaration is "not found". A refusal
/// ends the acceptance, so "Continue" shows the decision to check first (handler Check), with
/// "Change" back to the form (handler Change); "Record my decision" records it and leads to its
/// confirmation (<see cref="DecidedModel"/>).
/// </summary>
public class DecideModel(IntegrityDbContext db, IValidator<DecisionInput> validator, AuditLog audit) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public GiftDeclaration Declaration { get; private set; } = null!;
    public string OrganisationName { get; private set; } = string.Empty;
    public bool AwaitsDecision => Declaration.ApprovalStatus == ApprovalStatus.AwaitingLineManager;

    /// <summary>True when the page shows the decision to check before it is recorded.</summary>
    public bool Checking { get; private set; }

    // The sort and page of the manager's page this declaration was opened from (TeamListState).
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public TeamListState List { get; private set; } = new(null, null);

    /// <summary>The acceptance after this one in the queue awaiting the manager, found by the database.</summary>
    public int? NextId { get; private set; }

    /// <summary>The declarant's other offers from the same organisation, newest first (at most <see cref="EarlierShown"/>), and how many there are.</summary>
    public IReadOnlyList<GiftDeclaration> EarlierOffers { get; private set; } = [];
    public int EarlierOfferCount { get; private set; }
    public const int EarlierShown = 10;

    /// <summary>The force's gifts and hospitality policy, if the force has given its address.</summary>
    public string? PolicyUrl { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> DecisionOptions =
    [
        new("Approve the acceptance", DecisionInput.Approve),
        new("Refuse the acceptance", DecisionInput.Refuse),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new DecisionInput { Version = Declaration.Version };
        await audit.RecordReadAsync(nameof(GiftDeclaration), id.ToString(), Declaration.ForceId, "as line manager", ct);
        return Page();
    }

    /// <summary>"Continue": the decision checked as it would be recorded, then shown to check; nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        Checking = ModelState.IsValid && AwaitsDecision;
        return Page();
    }

    /// <summary>"Change" on the check: the form again with the decision as it was typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>"Record my decision": checked again, recorded, then its confirmation.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            new GiftWorkflow(db).LineManagerDecide(Declaration, Declaration.Declarant!, GiftUser.PersonId(User), Input.Decision == DecisionInput.Approve,
                string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim());
        }
        catch (GiftWorkflowException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        if (!await db.TrySaveAsync(Declaration, Input.Version, ModelState, ct))
        {
            // The page shows the declaration as it now stands, not as this decision left it unsaved.
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        return Redirect(List.Href($"/Gifts/Team/Decided/{id}"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var declaration = await db.GiftDeclarations
            .Include(d => d.Declarant)
            .Include(d => d.Organisation)
            .SingleOrDefaultAsync(d => d.Id == id && d.Declarant!.LineManagerId == me, ct);
        if (declaration is null)
        {
            return false;
        }

        Declaration = declaration;
        List = TeamListState.Checked(Sort, ListPage, ModelState);
        NextId = await TeamListState.NextAwaitingAsync(db.GiftDeclarations.AsNoTracking(), me, declaration, ct);
        OrganisationName = declaration.Organisation!.Name;

        // What a line manager weighs: has this person had offers from the same organisation before?
        // Counted and paged by the database (index on declarant and organisation).
        var earlier = db.GiftDeclarations.AsNoTracking()
            .Where(d => d.DeclarantId == declaration.DeclarantId && d.OrganisationId == declaration.OrganisationId && d.Id != declaration.Id);
        EarlierOfferCount = await earlier.CountAsync(ct);
        EarlierOffers = await earlier.OrderByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id).Take(EarlierShown).ToListAsync(ct);
        PolicyUrl = await db.ForceSettings.Where(s => s.ForceId == declaration.ForceId).Select(s => s.GiftPolicyUrl).SingleOrDefaultAsync(ct);
        return true;
    }
}

public class DecisionInput
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";

    public string? Decision { get; set; }
    public string? Note { get; set; }

    [Display(Name = "Version")]
    public int Version { get; set; }
}

public class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Decision)
            .Must(d => d is DecisionInput.Approve or DecisionInput.Refuse).WithMessage("Select whether you approve or refuse the acceptance");
        RuleFor(x => x.Note)
            .Must((input, note) => input.Decision != DecisionInput.Refuse || !string.IsNullOrWhiteSpace(note)).WithMessage("Enter why you are refusing the acceptance")
            .Must(note => (note ?? string.Empty).Trim().Length <= 2000).WithMessage("The note must be 2000 characters or fewer");
    }
}
