using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// Every change to a case goes through here: opening, marking it continuing, closing with an
/// outcome, reopening, and adding log entries, people and linked records. A step the rules do
/// not allow throws <see cref="InvestigationRuleException"/>; pages show its message beside the
/// field it names. The caller saves, so a step and its audit events share one transaction.
/// </summary>
public sealed class InvestigationWorkflow(IntegrityDbContext db)
{
    public const int SummaryMaximum = 4000;
    public const int LogTextMaximum = 4000;
    public const int NoteMaximum = 2000;

    public const string ClosedCase = "This case is closed: reopen it first";
    public const string OutcomeRequired = "Select the outcome of the case";
    public const string NotClosed = "This case is not closed";
    public const string AlreadyClosed = "This case is already closed";

    public async Task<Investigation> OpenAsync(int forceId, InvestigationCategory category, InvestigationOrigin origin, DateOnly openedOn, string summary, CancellationToken ct = default)
    {
        Require(Enum.IsDefined(category), "Category", "Select the category of the case");
        Require(Enum.IsDefined(origin), "Origin", "Select how the case arose");
        var openedMessage = PlausibleDates.CaseOpened.Check(openedOn, db.Clock.Today());
        Require(openedMessage is null, "OpenedOn", openedMessage ?? string.Empty);
        Require(!string.IsNullOrWhiteSpace(summary), "Summary", "Enter a summary of the case");
        Require(summary.Trim().Length <= SummaryMaximum, "Summary", $"The summary must be {SummaryMaximum:N0} characters or fewer");

        // Numbers run per PSD (a force, or an alliance sharing one PSD) per calendar year, so one
        // PSD never sees a reference twice (decision 0043). The next number follows the highest of
        // every force the PSD serves, so it also passes references issued before the forces shared
        // a series. It is read past the force filter: only the number is read. Two cases opened at
        // the same instant would collide on the unique index rather than share a number; the page
        // asks to try again.
        var allianceId = await db.Forces.Where(f => f.Id == forceId).Select(f => f.AllianceId).SingleAsync(ct);
        var series = Investigation.SeriesOf(forceId, allianceId);
        var psdForces = allianceId is null
            ? [forceId]
            : await db.Forces.Where(f => f.AllianceId == allianceId).Select(f => f.Id).ToListAsync(ct);
        var last = await db.Investigations.IgnoreQueryFilters()
            .Where(i => psdForces.Contains(i.ForceId) && i.ReferenceYear == openedOn.Year)
            .MaxAsync(i => (int?)i.ReferenceNumber, ct) ?? 0;
        var pending = db.Investigations.Local.Where(i => i.ReferenceSeries == series && i.ReferenceYear == openedOn.Year && i.Id == 0)
            .Select(i => i.ReferenceNumber).DefaultIfEmpty(0).Max();

        var investigation = new Investigation
        {
            ForceId = forceId,
            ReferenceSeries = series,
            ReferenceYear = openedOn.Year,
            ReferenceNumber = Math.Max(last, pending) + 1,
            Category = category,
            Origin = origin,
            Summary = summary.Trim(),
            OpenedOn = openedOn,
            Status = InvestigationStatus.Open,
            OpenedBy = db.Actor.UserName,
            OpenedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        RecordStatus(investigation, openedOn);
        db.Investigations.Add(investigation);
        return investigation;
    }

    /// <summary>An open case carried past a reporting date still under investigation.</summary>
    public void MarkContinuing(Investigation investigation)
    {
        Require(investigation.Status == InvestigationStatus.Open, "Status",
            investigation.Status == InvestigationStatus.Closed ? ClosedCase : "This case is already marked as continuing");
        investigation.Status = InvestigationStatus.Continuing;
        RecordStatus(investigation, db.Clock.Today());
    }

    public void Close(Investigation investigation, DateOnly closedOn, InvestigationOutcome? outcome, string? note)
    {
        Require(investigation.Status != InvestigationStatus.Closed, "Status", AlreadyClosed);
        Require(outcome is { } o && Enum.IsDefined(o), "Outcome", OutcomeRequired);
        Require(closedOn >= investigation.OpenedOn, "ClosedOn", $"The date closed must be on or after the date opened, {investigation.OpenedOn:d MMMM yyyy}");
        Require(closedOn <= db.Clock.Today(), "ClosedOn", "The date closed must be today or in the past");
        Require((note ?? string.Empty).Trim().Length <= NoteMaximum, "OutcomeNote", $"The note must be {NoteMaximum:N0} characters or fewer");
        investigation.Status = InvestigationStatus.Closed;
        investigation.ClosedOn = closedOn;
        investigation.Outcome = outcome;
        investigation.OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordStatus(investigation, closedOn);
    }

    /// <summary>
    /// Reopening clears the outcome and the date closed; the reason, with the earlier outcome,
    /// goes into the log and the audit trail keeps the old values. The closure stays among the
    /// dated status changes, so the figures of a period that ended before today do not move.
    /// </summary>
    public void Reopen(Investigation investigation, string? reason)
    {
        Require(investigation.Status == InvestigationStatus.Closed, "Status", NotClosed);
        Require(!string.IsNullOrWhiteSpace(reason), "OutcomeNote", "Enter why the case is reopened");
        Require(reason!.Trim().Length <= NoteMaximum, "OutcomeNote", $"The reason must be {NoteMaximum:N0} characters or fewer");
        var earlier = $"Reopened (it was closed on {investigation.ClosedOn:d MMMM yyyy} with the outcome {investigation.Outcome?.Describe().ToLowerInvariant()}): {reason.Trim()}";
        investigation.Status = InvestigationStatus.Open;
        investigation.ClosedOn = null;
        investigation.Outcome = null;
        investigation.OutcomeNote = null;
        Append(investigation, db.Clock.Today(), earlier);
        RecordStatus(investigation, db.Clock.Today());
    }

    public InvestigationLogEntry AddLogEntry(Investigation investigation, DateOnly entryOn, string? text)
    {
        Require(investigation.Status != InvestigationStatus.Closed, "Text", ClosedCase);
        Require(entryOn >= investigation.OpenedOn, "EntryOn", $"The date must be on or after the date the case was opened, {investigation.OpenedOn:d MMMM yyyy}");
        Require(entryOn <= db.Clock.Today(), "EntryOn", "The date must be today or in the past");
        Require(!string.IsNullOrWhiteSpace(text), "Text", "Enter the log entry");
        Require(text!.Trim().Length <= LogTextMaximum, "Text", $"The log entry must be {LogTextMaximum:N0} characters or fewer");
        return Append(investigation, entryOn, text.Trim());
    }

    public async Task<InvestigationPerson> AddPersonAsync(Investigation investigation, int personId, CancellationToken ct = default)
    {
        Require(investigation.Status != InvestigationStatus.Closed, "PersonId", ClosedCase);
        Require(await db.People.AnyAsync(p => p.Id == personId && p.ForceId == investigation.ForceId, ct), "PersonId",
            "Select a person of the case's force");
        Require(!await db.InvestigationPeople.AnyAsync(p => p.InvestigationId == investigation.Id && p.PersonId == personId, ct)
                && !investigation.People.Any(p => p.PersonId == personId), "PersonId", "This person is already concerned in the case");
        var person = new InvestigationPerson
        {
            ForceId = investigation.ForceId,
            PersonId = personId,
            AddedBy = db.Actor.UserName,
            AddedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        investigation.People.Add(person);
        return person;
    }

    public async Task<InvestigationLink> AddLinkAsync(Investigation investigation, LinkedRecordKind kind, int recordId, CancellationToken ct = default)
    {
        Require(investigation.Status != InvestigationStatus.Closed, "RecordId", ClosedCase);
        var exists = await RecordLinks.ExistsAsync(db, kind, recordId, investigation.ForceId, ct);
        Require(exists is not null, "Kind", $"{kind.Describe()} records cannot be linked yet");
        Require(exists == true, "RecordId", $"There is no {kind.Describe().ToLowerInvariant()} with that reference in the case's force");
        Require(!await db.InvestigationLinks.AnyAsync(l => l.InvestigationId == investigation.Id && l.Kind == kind && l.RecordId == recordId, ct)
                && !investigation.Links.Any(l => l.Kind == kind && l.RecordId == recordId), "RecordId", "The case is already linked to that record");
        var link = new InvestigationLink
        {
            ForceId = investigation.ForceId,
            Kind = kind,
            RecordId = recordId,
            AddedBy = db.Actor.UserName,
            AddedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        investigation.Links.Add(link);
        return link;
    }

    private InvestigationLogEntry Append(Investigation investigation, DateOnly entryOn, string text)
    {
        var entry = new InvestigationLogEntry
        {
            ForceId = investigation.ForceId,
            EntryOn = entryOn,
            Text = text,
            Author = db.Actor.UserName,
            RecordedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        investigation.LogEntries.Add(entry);
        return entry;
    }

    /// <summary>Appends the case's new status with the date it takes effect.</summary>
    private void RecordStatus(Investigation investigation, DateOnly effectiveOn) =>
        investigation.StatusChanges.Add(new InvestigationStatusChange
        {
            ForceId = investigation.ForceId,
            Status = investigation.Status,
            EffectiveOn = effectiveOn,
            RecordedBy = db.Actor.UserName,
            RecordedUtc = db.Clock.GetUtcNow().UtcDateTime,
        });

    private static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new InvestigationRuleException(field, message);
        }
    }
}
