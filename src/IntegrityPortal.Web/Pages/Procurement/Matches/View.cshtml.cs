using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Data.Configurations;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts.Register;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

public class OutcomeInput
{
    public string? Outcome { get; set; }
    public string? Note { get; set; }
    public string? CaseReference { get; set; }

    /// <summary>For a referral: open a new case, or link an existing one by its reference.</summary>
    public string? Referral { get; set; }
    public int Version { get; set; }

    public ReferralChoice? ReferralValue => Enum.TryParse<ReferralChoice>(Referral, out var v) && Enum.IsDefined(v) && !(Referral ?? "").Any(char.IsDigit) ? v : null;

    public MatchStatus? OutcomeValue =>
        Enum.TryParse<MatchStatus>(Outcome, out var v) && v is not (MatchStatus.New or MatchStatus.Merged) && Enum.IsDefined(v) && !(Outcome ?? "").Any(char.IsDigit) ? v : null;
}

public partial class OutcomeInputValidator : AbstractValidator<OutcomeInput>
{
    public OutcomeInputValidator()
    {
        RuleFor(x => x.Outcome).Must((input, _) => input.OutcomeValue is not null).WithMessage("Select the outcome of your review");
        RuleFor(x => x.Note)
            .Must((input, v) => !string.IsNullOrWhiteSpace(v) || input.OutcomeValue is not (MatchStatus.NoConcern or MatchStatus.AdviceGiven))
            .WithMessage("Enter a note saying why there is no concern, or what advice was given")
            .Must(v => (v ?? string.Empty).Trim().Length <= ProcurementMatchConfiguration.NoteLength)
            .WithMessage($"The note must be {ProcurementMatchConfiguration.NoteLength:N0} characters or fewer");
        RuleFor(x => x.Referral)
            .Must((input, _) => input.ReferralValue is not null || input.OutcomeValue != MatchStatus.Referred)
            .WithMessage("Select whether to open a new case or link an existing case");
        RuleFor(x => x.CaseReference)
            .Must((input, v) => !string.IsNullOrWhiteSpace(v) || input.OutcomeValue != MatchStatus.Referred || input.ReferralValue != ReferralChoice.LinkCase)
            .WithMessage("Enter the reference of the investigation, like INV-2026-0012")
            .Must(v => string.IsNullOrWhiteSpace(v) || CaseReferenceFormat().IsMatch(v.Trim()))
            .WithMessage("Enter the reference as the case shows it, like INV-2026-0012");
    }

    [GeneratedRegex("^INV-[0-9]{4}-[0-9]{1,6}$", RegexOptions.IgnoreCase)]
    public static partial Regex CaseReferenceFormat();
}

/// <summary>
/// One match, both records side by side, and PSD's outcome: not a match (the pair is never
/// raised again: the row stays, settled), no concern with a note, advice given, or referred to
/// an investigation (the case's links gain the match). Below them, the timeline of everything held
/// on the outside party. Every view is recorded in the audit trail.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit, PersonNames names, IValidator<OutcomeInput> validator) : PageModel
{
    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    public ProcurementMatch Match { get; private set; } = null!;
    public MatchRecord? Left { get; private set; }
    public MatchRecord? Right { get; private set; }
    public string? SettledByName { get; private set; }
    public string? CaseReference { get; private set; }

    /// <summary>Everything held on the match's organisation (both, for an organisation entered twice), newest first.</summary>
    public Timeline? Timeline { get; private set; }
    public int? CaseId { get; private set; }

    // PSD's list of matches this one was opened from (MatchListState).
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public MatchListState List { get; private set; } = new(null, null, null);

    /// <summary>The match after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }

    public static readonly IReadOnlyList<SelectListItem> OutcomeOptions =
    [
        new("Not a match: these are different parties (the pair will not be raised again)", nameof(MatchStatus.NotAMatch)),
        new("No concern (give a note)", nameof(MatchStatus.NoConcern)),
        new("Advice given (say what)", nameof(MatchStatus.AdviceGiven)),
        new("Referred to an investigation", nameof(MatchStatus.Referred)),
    ];

    public static readonly IReadOnlyList<SelectListItem> ReferralOptions =
    [
        new("Open a new case", nameof(ReferralChoice.OpenCase)),
        new("Link an existing case", nameof(ReferralChoice.LinkCase)),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Version = Match.Version;
        await audit.RecordReadAsync(nameof(ProcurementMatch), id.ToString(CultureInfo.InvariantCulture), Match.ForceId, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var match = await db.ProcurementMatches.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (match is null)
        {
            return NotFound();
        }

        List = MatchListState.Checked(Show, Kind, ListPage, ModelState);

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (ModelState.IsValid && match.Status != MatchStatus.New)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(OutcomeInput.Outcome)}", "This match has already been settled");
        }

        Investigation? investigation = null;
        if (ModelState.IsValid && Input.OutcomeValue == MatchStatus.Referred && Input.ReferralValue == ReferralChoice.LinkCase)
        {
            var parts = Input.CaseReference!.Trim().Split('-');
            var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var number = int.Parse(parts[2], CultureInfo.InvariantCulture);
            investigation = await db.Investigations.SingleOrDefaultAsync(i => i.ForceId == match.ForceId && i.ReferenceYear == year && i.ReferenceNumber == number, ct);
            if (investigation is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(OutcomeInput.CaseReference)}", "No investigation of the match's force has this reference");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        match.Status = Input.OutcomeValue!.Value;
        match.OutcomeNote = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim();
        match.SettledBy = db.Actor.UserName;
        match.SettledUtc = db.Clock.GetUtcNow().UtcDateTime;
        match.InvestigationId = investigation?.Id;
        if (investigation is not null)
        {
            try
            {
                // The case's link list gains "procurement match", through the case's own rules (an open case of the force, not linked twice).
                await new InvestigationWorkflow(db).AddLinkAsync(investigation, LinkedRecordKind.ProcurementMatch, match.Id, ct);
            }
            catch (InvestigationRuleException e)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(OutcomeInput.CaseReference)}", e.Message);
                await LoadAsync(id, ct);
                return Page();
            }
        }

        // The match is saved first: its version stops a second referral of it opening a second case.
        if (!await db.TrySaveAsync(match, Input.Version, ModelState, ct))
        {
            await LoadAsync(id, ct);
            return Page();
        }

        if (Input.OutcomeValue == MatchStatus.Referred && Input.ReferralValue == ReferralChoice.OpenCase)
        {
            try
            {
                investigation = await new MatchReferrals(db).OpenCaseAsync(match, Input.Note, ct);
                await db.SaveChangesAsync(ct);
                match.InvestigationId = investigation.Id;
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another case of the force took the same number at the same moment (as on Investigations/Open).
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, "The case could not be numbered because another was opened at the same moment. Record the outcome again");
                await LoadAsync(id, ct);
                return Page();
            }
        }

        await transaction.CommitAsync(ct);
        var opened = Input.ReferralValue == ReferralChoice.OpenCase && investigation is not null ? $"; case {investigation.Reference} opened" : string.Empty;
        TempData[ProcurementPages.ConfirmationKey] = $"Match {MatchRecords.Reference(match.Id)} settled: {match.Status.Describe().ToLowerInvariant()}{opened}.";
        return Redirect(List.ListHref);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var match = await db.ProcurementMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (match is null)
        {
            return false;
        }

        Match = match;
        List = MatchListState.Checked(Show, Kind, ListPage, ModelState);
        NextId = await List.NextAfterAsync(db.ProcurementMatches.AsNoTracking(), match, ct);
        Left = await MatchRecords.LoadAsync(db, match.LeftKind, match.LeftId, ct);
        Right = await MatchRecords.LoadAsync(db, match.RightKind, match.RightId, ct);
        var organisations = new[] { match.LeftOrganisationId, match.RightOrganisationId }.OfType<int>().Distinct().ToList();
        Timeline = organisations.Count == 0 ? null : await OrganisationTimeline.LoadAsync(db, match.ForceId, organisations, match.Id, ct);
        SettledByName = match.SettledBy is null ? null : await names.OfAsync(match.SettledBy);
        if (match.InvestigationId is { } caseId)
        {
            CaseId = caseId;
            CaseReference = await db.Investigations.Where(i => i.Id == caseId)
                .Select(i => Investigation.FormatReference(i.ReferenceYear, i.ReferenceNumber)).SingleOrDefaultAsync(ct);
        }

        return true;
    }
}
