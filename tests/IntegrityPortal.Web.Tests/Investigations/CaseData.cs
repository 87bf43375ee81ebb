using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

/// <summary>Cases for tests, opened through the workflow as the PSD page would.</summary>
public static class CaseData
{
    public static async Task<Investigation> OpenAsync(IntegrityDbContext db, string forceCode,
        InvestigationCategory category = InvestigationCategory.InappropriateDisclosureToMedia, int daysAgo = 10, string summary = "Story in the evening paper")
    {
        var forceId = await db.Forces.Where(f => f.Code == forceCode).Select(f => f.Id).SingleAsync();
        var investigation = await new InvestigationWorkflow(db).OpenAsync(forceId, category, InvestigationOrigin.InternalReferral,
            Core.UkTime.Today(db.Clock).AddDays(-daysAgo), summary);
        await db.SaveChangesAsync();
        return investigation;
    }

    public static string Url(int id) => $"/Investigations/View/{id}";

    /// <summary>The page of one of the case's steps: AddPerson, LinkRecord, AddToLog, Close, MarkContinuing or Reopen.</summary>
    public static string Step(int id, string step) => $"/Investigations/{step}/{id}";

    public static readonly string[] Steps = ["AddPerson", "LinkRecord", "AddToLog", "Close", "MarkContinuing", "Reopen"];
}
