using CsvHelper;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>
/// Who has and has not confirmed a published version, in the forces the user sees: the figures by
/// department and rank (counted by the database, <see cref="PolicyFigures"/>), a paged list of
/// people who have not confirmed, have, or are overdue, and the whole list as CSV (recorded).
/// </summary>
public class ComplianceModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public sealed record Row(string GivenName, string FamilyName, PersonKind Kind, PoliceRank? Rank, string? Grade, string Number, string? Department,
        DateOnly DueOn, DateTime? ConfirmedUtc, int Attempts)
    {
        /// <summary>"Jane Smith, Sergeant", as <see cref="Person.NameAndRankOrGrade"/> says it.</summary>
        public string Name => $"{GivenName} {FamilyName}, {(Kind == PersonKind.Officer ? Rank?.DisplayName() ?? "Officer" : Grade ?? "Staff")}";
    }

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PolicyVersion Version { get; private set; } = null!;
    public VersionCompliance Figures { get; private set; } = null!;
    public PagedList<Row> People { get; private set; } = null!;

    public static readonly IReadOnlyList<(string Value, string Text)> Lists =
        [("not-confirmed", "Not confirmed"), ("overdue", "Overdue"), ("confirmed", "Confirmed")];

    public string Current => Lists.Any(l => l.Value == Show) ? Show! : Lists[0].Value;

    public string PageHref(int pageNumber) => $"/Policies/Manage/Compliance/{Version.Id}?show={Current}&pageNumber={pageNumber}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Figures = await PolicyFigures.ForVersionAsync(db, id, ct);
        var tasks = Current switch
        {
            "confirmed" => Tasks(id).Where(t => t.ConfirmedUtc != null),
            "overdue" => Tasks(id).Where(t => t.ConfirmedUtc == null && t.DueOn < db.Clock.Today()),
            _ => Tasks(id).Where(t => t.ConfirmedUtc == null),
        };
        People = await PagedList<Row>.CreateAsync(Rows(tasks), PageNumber, ct: ct);
        // The list names who has and has not confirmed: each view is a read of those people's records.
        var forces = await Tasks(id).Select(t => t.ForceId).Distinct().ToListAsync(ct);
        await audit.RecordReadOfForcesAsync(nameof(PolicyTask), $"compliance with version {id}", forces,
            AuditDescription.Of(("list", Current), ("page", PageNumber)), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Response.ContentType = CsvContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"policy-{id}-compliance.csv\"";
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        await using var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(new[] { "Name", "Collar or staff number", "Department", "Read by", "Confirmed", "Attempts at the check" }, ct);
        var written = 0;
        var forces = new HashSet<int>();
        await foreach (var row in Rows(Tasks(id)).AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync(new[]
            {
                row.Name, row.Number, row.Department ?? string.Empty, UkFormat.Date(row.DueOn),
                row.ConfirmedUtc is { } c ? UkFormat.DateTime(c) : "Not confirmed", row.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, ct);
            written++;
        }

        await csv.FlushAsync(ct);
        forces.UnionWith(await Tasks(id).Select(t => t.ForceId).Distinct().ToListAsync(ct));
        await audit.RecordExportOfForcesAsync(nameof(PolicyTask), $"Compliance with {Version.Policy!.Title}, version {Version.Number}", forces.ToList(), written, ct);
        return new EmptyResult();
    }

    private IQueryable<PolicyTask> Tasks(int versionId) => db.PolicyTasks.AsNoTracking().Where(t => t.PolicyVersionId == versionId);

    private static IQueryable<Row> Rows(IQueryable<PolicyTask> tasks) =>
        tasks.OrderBy(t => t.Person!.FamilyName).ThenBy(t => t.Person!.GivenName).ThenBy(t => t.Id)
            .Select(t => new Row(t.Person!.GivenName, t.Person.FamilyName, t.Person.Kind, t.Person.Rank, t.Person.Grade, t.Person.Number, t.Person.Department!.Name, t.DueOn, t.ConfirmedUtc, t.Attempts));

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var version = await db.PolicyVersions.AsNoTracking().Include(v => v.Policy)
            .SingleOrDefaultAsync(v => v.Id == id && v.Status == PolicyVersionStatus.Published, ct);
        if (version is null)
        {
            return false;
        }

        Version = version;
        return true;
    }
}
