using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Contracts;

/// <summary>
/// The confirmation after procurement records a contract or tender: its reference, title and
/// value, and what the cross-check found about it. The form is not on this page, so a reload or
/// a second click records nothing. It names none of the people who decided the contract. Only
/// procurement opens it, as only procurement records (PageAuthorization); a contract of a force
/// the user does not serve is "not found", by the force filter.
/// </summary>
public class AddedModel(IntegrityDbContext db) : PageModel
{
    public string Reference { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string? Winner { get; private set; }
    public long ValuePence { get; private set; }
    public ProcurementRoute Route { get; private set; }
    public DateOnly? AwardedOn { get; private set; }
    public int Matches { get; private set; }

    /// <summary>What "What happens next" says of the cross-check (_CrossCheckNext).</summary>
    public (int Matches, string Record) CrossCheck => (Matches, $"contract {Reference}, its winner or its bidders");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // As on the form: procurement adds only to its own force.
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Reference, c.Title, c.SupplierOrganisationId, Winner = c.SupplierOrganisation!.Name, c.ValuePence, c.Route, c.AwardedOn })
            .SingleOrDefaultAsync(ct);
        if (contract is null)
        {
            return NotFound();
        }

        (Reference, Title, Winner, ValuePence, Route, AwardedOn) =
            (contract.Reference, contract.Title, contract.Winner, contract.ValuePence, contract.Route, contract.AwardedOn);
        // The organisations it names: the winner and every bidder.
        var organisations = await db.ContractBidders.AsNoTracking().Where(b => b.ContractId == id).Select(b => b.OrganisationId).ToListAsync(ct);
        if (contract.SupplierOrganisationId is { } winner)
        {
            organisations.Add(winner);
        }

        Matches = await ProcurementPages.MatchesNamingAsync(db, MatchRecordKind.Contract, id, organisations, ct);
        return Page();
    }
}
