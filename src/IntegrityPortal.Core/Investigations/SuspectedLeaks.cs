using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// PSD's answer to a press office flag: open a case from it, or record that no case is opened
/// and why. Either way the flag leaves the queue; a flag already answered cannot be answered
/// again. The caller saves, so the flag, the case and their audit events share one transaction.
/// </summary>
public sealed class SuspectedLeaks(IntegrityDbContext db)
{
    public const string AlreadyAnswered = "PSD has already answered this flag";

    /// <summary>
    /// Opens a case in the flag's force, linked to the flagged contact if there is one. The page
    /// offers inappropriate disclosure to the media, arising from a press office flag; PSD may
    /// choose otherwise.
    /// </summary>
    public async Task<Investigation> OpenCaseAsync(SuspectedLeak leak, InvestigationCategory category, InvestigationOrigin origin,
        DateOnly openedOn, string summary, CancellationToken ct = default)
    {
        Require(leak.Status == SuspectedLeakStatus.AwaitingPsd, AlreadyAnswered);
        var workflow = new InvestigationWorkflow(db);
        var investigation = await workflow.OpenAsync(leak.ForceId, category, origin, openedOn, summary, ct);
        if (leak.MediaContactId is { } contactId)
        {
            await workflow.AddLinkAsync(investigation, LinkedRecordKind.MediaContact, contactId, ct);
        }

        // The flag keeps the whole reason; the log entry quotes as much of it as a log entry holds.
        var opened = $"Opened from the press office's flag {leak.Reference}: ";
        var reason = leak.Reason.Length <= InvestigationWorkflow.LogTextMaximum - opened.Length ? leak.Reason : leak.Reason[..(InvestigationWorkflow.LogTextMaximum - opened.Length - 1)] + "…";
        workflow.AddLogEntry(investigation, openedOn, opened + reason);
        // Through the case's collection, so the flag gets the case's id when both are saved.
        investigation.Flags.Add(leak);
        leak.Status = SuspectedLeakStatus.CaseOpened;
        leak.AnsweredOn = db.Clock.Today();
        return investigation;
    }

    public void RecordNoCase(SuspectedLeak leak, string? note)
    {
        Require(leak.Status == SuspectedLeakStatus.AwaitingPsd, AlreadyAnswered);
        Require(!string.IsNullOrWhiteSpace(note), "Enter why no case is opened", "PsdNote");
        Require(note!.Trim().Length <= InvestigationWorkflow.NoteMaximum, $"The note must be {InvestigationWorkflow.NoteMaximum:N0} characters or fewer", "PsdNote");
        leak.Status = SuspectedLeakStatus.NoCaseOpened;
        leak.AnsweredOn = db.Clock.Today();
        leak.PsdNote = note.Trim();
    }

    private static void Require(bool condition, string message, string field = "")
    {
        if (!condition)
        {
            throw new InvestigationRuleException(field, message);
        }
    }
}
