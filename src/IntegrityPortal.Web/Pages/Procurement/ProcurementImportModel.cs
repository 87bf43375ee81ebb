using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure.Imports;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Procurement;

/// <summary>
/// The procurement registers' imports: after a good file, the cross-check runs over the force
/// (as after a form's save) and the register's list says what was imported and raised.
/// </summary>
public abstract class ProcurementImportModel<TInput>(IntegrityDbContext db, IValidator<TInput> validator) : ImportPageModel<TInput>(db, validator)
{
    public override string FileHint => "Comma separated, with a header row naming the columns below; dates as day/month/year, like 23/11/2026; amounts in pounds, like 1250.00";

    protected override async Task<IActionResult> ImportedAsync(int forceId, string summary, CancellationToken ct)
    {
        var raised = await ProcurementCrossCheck.RunAsync(Db, forceId, ct);
        TempData[ProcurementPages.ConfirmationKey] = summary + ProcurementPages.Raised(raised);
        return RedirectToPage("Index");
    }
}
