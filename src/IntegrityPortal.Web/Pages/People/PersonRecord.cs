using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.People;

public sealed record PersonGiftRow(int Id, DateOnly OfferedOn, string OrganisationName, OfferType OfferType, string Description, long ValuePence,
    OfferOutcome Outcome, ApprovalStatus ApprovalStatus, ReviewStatus ReviewStatus)
{
    public string Reference => $"GH-{Id:D6}";
}

public sealed record PersonInterestRow(int Id, InterestKind Kind, string OrganisationName, DateOnly? SubmittedOn, InterestStatus Status, DateOnly? ReviewDueOn)
{
    public string Reference => $"BI-{Id:D6}";
}

public sealed record PersonContactRow(int Id, DateTime ContactedUtc, string JournalistName, string OutletName, string Subject, bool WasAuthorised, DateTime? AcknowledgedUtc)
{
    public string Reference => $"MC-{Id:D6}";
}

public sealed record PersonCaseRow(int Id, int ReferenceYear, int ReferenceNumber, InvestigationCategory Category, string Summary, DateOnly OpenedOn,
    InvestigationStatus Status)
{
    public string Reference => Investigation.FormatReference(ReferenceYear, ReferenceNumber);
}

/// <summary>One register's records of a person: the most recent few, and how many there are (counted by the database, up to its cap).</summary>
public sealed record PersonSection<T>(IReadOnlyList<T> Rows, int Count, bool CountIsCapped)
{
    public string CountText => CappedCount.Describe(Count, CountIsCapped);
    public bool ShowsAll => !CountIsCapped && Count <= Rows.Count;
}

/// <summary>
/// What the portal holds on one person, register by register. Each section reads the newest
/// <see cref="SectionSize"/> rows through the register's index led by (force, person) and counts
/// the rest in the database up to the usual cap, so a person with thousands of records costs
/// the same as one with three.
/// </summary>
public static class PersonRecord
{
    public const int SectionSize = 20;

    /// <summary>The audit trail's entity type for a view of the person page.</summary>
    public const string AuditEntityType = "PersonIntegrityRecord";

    public static Task<PersonSection<PersonGiftRow>> GiftsAsync(IntegrityDbContext db, int forceId, int personId, CancellationToken ct) =>
        SectionAsync(db.GiftDeclarations.AsNoTracking()
            .Where(d => d.ForceId == forceId && d.DeclarantId == personId)
            .OrderByDescending(d => d.OfferedOn).ThenByDescending(d => d.Id)
            .Select(d => new PersonGiftRow(d.Id, d.OfferedOn, d.OrganisationName, d.OfferType, d.Description, d.ValuePence, d.Outcome, d.ApprovalStatus, d.ReviewStatus)), ct);

    /// <summary>Applications the person has submitted; a draft is theirs alone and is not shown.</summary>
    public static Task<PersonSection<PersonInterestRow>> InterestsAsync(IntegrityDbContext db, int forceId, int personId, CancellationToken ct) =>
        SectionAsync(db.BusinessInterests.AsNoTracking()
            .Where(b => b.ForceId == forceId && b.ApplicantId == personId && b.SubmittedOn != null)
            .OrderByDescending(b => b.CreatedOn).ThenByDescending(b => b.Id)
            .Select(b => new PersonInterestRow(b.Id, b.Kind, b.OrganisationName, b.SubmittedOn, b.Status, b.ReviewDueOn)), ct);

    public static Task<PersonSection<PersonContactRow>> ContactsAsync(IntegrityDbContext db, int forceId, int personId, CancellationToken ct) =>
        SectionAsync(db.MediaContacts.AsNoTracking()
            .Where(c => c.ForceId == forceId && c.PersonId == personId)
            .OrderByDescending(c => c.ContactedUtc).ThenByDescending(c => c.Id)
            .Select(c => new PersonContactRow(c.Id, c.ContactedUtc, c.JournalistName, c.OutletName, c.Subject, c.WasAuthorised == true, c.AcknowledgedUtc)), ct);

    /// <summary>Cases in which the person is one of the people concerned.</summary>
    public static Task<PersonSection<PersonCaseRow>> CasesAsync(IntegrityDbContext db, int forceId, int personId, CancellationToken ct) =>
        SectionAsync(
            (from concerned in db.InvestigationPeople.AsNoTracking()
             where concerned.ForceId == forceId && concerned.PersonId == personId
             join i in db.Investigations.AsNoTracking() on concerned.InvestigationId equals i.Id
             orderby i.OpenedOn descending, i.Id descending
             select new PersonCaseRow(i.Id, i.ReferenceYear, i.ReferenceNumber, i.Category, i.Summary, i.OpenedOn, i.Status)), ct);

    private static async Task<PersonSection<T>> SectionAsync<T>(IQueryable<T> ordered, CancellationToken ct)
    {
        var rows = await ordered.Take(SectionSize).ToListAsync(ct);
        if (rows.Count < SectionSize)
        {
            // Fewer than a section's rows: they are all there is, no count needed.
            return new PersonSection<T>(rows, rows.Count, false);
        }

        var (count, capped) = await CappedCount.CountAsync(ordered, ct);
        return new PersonSection<T>(rows, count, capped);
    }
}
