using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CsvHelper;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Public.Gifts;

/// <summary>
/// A force's published gifts and hospitality register, open to anyone: what was offered,
/// to whom, by which organisation, and whether it was accepted. Declarants are not named unless
/// they are chief officers; everyone else is published as "Police officer" or "Police staff",
/// with their department only where it holds at least the force's minimum number of people
/// (<see cref="PublicRegisterRules"/>), so that no entry points to one person. Only settled
/// entries appear: nothing PSD has not reviewed yet, and nothing still waiting for approval. A force that does not publish is
/// indistinguishable from one that does not exist (404).
/// </summary>
public class IndexModel(IntegrityDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const string DeclinedAfterReview = "Declined after review";

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Start date")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "End date")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public Force Force { get; private set; } = null!;
    private int departmentMinimumPeople = PublicRegisterRules.MinimumDepartmentSize;
    public PagedList<PublicGiftRow>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(string forceCode, CancellationToken ct)
    {
        if (await LoadForceAsync(forceCode, ct) is { } notFound)
        {
            return notFound;
        }

        if (ValidPeriod())
        {
            Results = await PagedList<PublicGiftRow>.CreateAsync(Query(), PageNumber, PageSize, ct);
        }

        return Page();
    }

    /// <summary>The same period's entries as CSV, every row (no paging).</summary>
    public async Task<IActionResult> OnGetCsvAsync(string forceCode, CancellationToken ct)
    {
        if (await LoadForceAsync(forceCode, ct) is { } notFound)
        {
            return notFound;
        }

        if (!ValidPeriod())
        {
            // Show the form with the messages rather than an empty file.
            return Page();
        }

        var rows = await Query().ToListAsync(ct);
        var options = new CsvWriterOptions
        {
            // Descriptions are typed by people: a value starting "=" must not become a formula.
            Injection = CsvInjection.Escape,
            // So spreadsheets read the pound sign in the header as UTF-8.
            WriteByteOrderMark = true,
        };
        var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteRecord([.. CsvHeaders]);
            foreach (var row in rows)
            {
                csv.WriteRecord(
                    row.OfferedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    row.RankOrRole,
                    row.ChiefOfficerName ?? string.Empty,
                    row.Department ?? string.Empty,
                    row.Offeror,
                    row.Description,
                    (row.ValuePence / 100m).ToString("0.00", CultureInfo.InvariantCulture),
                    row.OutcomeText);
            }
        }

        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", $"{Force.Code}-gifts-and-hospitality-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

    public static readonly IReadOnlyList<string> CsvHeaders =
        ["Date of offer", "Rank or role", "Name (chief officers only)", "Department", "Offered by", "Description", "Value (£)", "Outcome"];

    public string PageHref(int pageNumber) => QueryStrings.With($"/Public/{Force.Code}/Gifts",
    [
        new("From", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("To", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("pageNumber", pageNumber.ToString(CultureInfo.InvariantCulture)),
    ]);

    public string CsvHref => QueryStrings.With($"/Public/{Force.Code}/Gifts",
    [
        new("handler", "Csv"),
        new("From", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("To", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ]);

    private async Task<IActionResult?> LoadForceAsync(string forceCode, CancellationToken ct)
    {
        var force = await PublicRegister.PublishingForceAsync(db, forceCode, ct);
        if (force is null)
        {
            return NotFound();
        }

        Force = force;
        departmentMinimumPeople = await db.ForceSettings.IgnoreQueryFilters()
            .Where(s => s.ForceId == force.Id).Select(s => s.PublicDepartmentMinimumPeople).SingleAsync(ct);
        return null;
    }

    /// <summary>Checks the period, filling in the default (the last 12 months) where it is not given.</summary>
    private bool ValidPeriod()
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        var today = clock.Today();
        To ??= today;
        From ??= To.Value.AddMonths(-12).AddDays(1);
        if (From > To)
        {
            ModelState.AddModelError(nameof(To), "The end date must be the same as or after the start date");
            return false;
        }

        return true;
    }

    private IQueryable<PublicGiftRow> Query()
    {
        var forceId = Force.Id;
        var from = From!.Value;
        var to = To!.Value;
        // Departments named on this register: counted by the database, used as a subquery.
        var nameable = PublicRegisterRules.NameableDepartmentIds(db.People.IgnoreQueryFilters(), forceId, departmentMinimumPeople);
        // The visitor is anonymous, so the force query filters would hide every force's
        // records; they are switched off here and replaced by the explicit restriction to the
        // one force that was found to publish (PublicRegister.PublishingForceAsync). The joins
        // below (declarant, department, organisation) follow this force's declarations only.
        return db.GiftDeclarations.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.ForceId == forceId)
            .Where(d => d.OfferedOn >= from && d.OfferedOn <= to)
            // Only settled entries: PSD has reviewed them and no approval is pending. An
            // acceptance whose approval was refused is shown, as "Declined after review": the
            // offer was made and the declarant could not keep it, which the public may see.
            .Where(d => d.ReviewStatus != ReviewStatus.AwaitingReview)
            .Where(d => d.ApprovalStatus != ApprovalStatus.AwaitingLineManager && d.ApprovalStatus != ApprovalStatus.AwaitingPsd)
            .OrderByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id)
            .Select(d => new PublicGiftRow
            {
                OfferedOn = d.OfferedOn,
                Kind = d.Declarant!.Kind,
                // The exact rank leaves the database only for chief officers, who are named.
                Rank = d.Declarant.Kind == PersonKind.Officer && d.Declarant.Rank >= PoliceRank.AssistantChiefConstable ? d.Declarant.Rank : null,
                // Names leave the database only for chief officers (ACC and above), who are
                // named in published registers; see PoliceRanks.IsChiefOfficer.
                ChiefOfficerName = d.Declarant.Kind == PersonKind.Officer && d.Declarant.Rank >= PoliceRank.AssistantChiefConstable
                    ? d.Declarant.GivenName + " " + d.Declarant.FamilyName
                    : null,
                Department = d.DepartmentId != null && nameable.Contains(d.DepartmentId.Value) ? d.Department!.Name : null,
                // A member of the public is a private individual: never their name.
                Offeror = d.Relationship == OfferorRelationship.MemberOfPublic ? "Member of the public" : d.Organisation!.Name,
                Description = d.Description,
                ValuePence = d.ValuePence,
                Outcome = d.Outcome,
                ApprovalStatus = d.ApprovalStatus,
            });
    }
}

/// <summary>One published entry: only what the public may see.</summary>
public sealed class PublicGiftRow
{
    public DateOnly OfferedOn { get; init; }
    public PersonKind Kind { get; init; }
    /// <summary>Set for chief officers only.</summary>
    public PoliceRank? Rank { get; init; }
    public string? ChiefOfficerName { get; init; }
    public string? Department { get; init; }
    public string Offeror { get; init; } = string.Empty;
    public string Description { get; init; } = string.Empty;
    public long ValuePence { get; init; }
    public OfferOutcome Outcome { get; init; }
    public ApprovalStatus ApprovalStatus { get; init; }

    /// <summary>"Police officer", "Police staff", or a chief officer's rank.</summary>
    public string RankOrRole => PublicRegisterRules.GroupedRole(Kind, Rank);

    public string OutcomeText => Outcome == OfferOutcome.Declined ? "Declined"
        : ApprovalStatus == ApprovalStatus.Refused ? IndexModel.DeclinedAfterReview
        : "Accepted";
}
