using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Contracts;

/// <summary>
/// How a valid contract is checked against the force's records and written, for the form and
/// the import alike. Bidders and people are only ever added (records are never deleted), so
/// writing the same contract again changes nothing.
/// </summary>
public static class ContractSaving
{
    /// <summary>What the row names, found among the force's records.</summary>
    public sealed record Resolved(int? SupplierOrganisationId, string? SupplierName, int? DepartmentId, IReadOnlyList<int> PanelIds, int? SignatoryId);

    /// <summary>
    /// Finds the people, department and (for the import, by name) the supplier; every problem
    /// is returned as (field, message). <paramref name="departmentName"/> is the import's, read
    /// when the form gave no id.
    /// </summary>
    public static async Task<(Resolved Resolved, List<(string Field, string Message)> Problems)> ResolveAsync(
        IntegrityDbContext db, int forceId, ContractInput input, string? departmentName, bool updateExisting, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        var reference = input.Reference!.Trim();
        if (!updateExisting && await db.Contracts.AnyAsync(c => c.ForceId == forceId && c.Reference == reference, ct))
        {
            problems.Add((nameof(ContractInput.Reference), "A contract with this reference is already recorded: enter another reference"));
        }

        int? supplierId = null;
        string? supplierName = null;
        if (input.SupplierOrganisationId is { } id)
        {
            if (await db.Organisations.AnyAsync(o => o.Id == id && o.ForceId == forceId, ct))
            {
                supplierId = id;
            }
            else
            {
                problems.Add((nameof(ContractInput.SupplierOrganisationId), "Select an organisation from the list"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.SupplierOrganisationName))
        {
            supplierName = input.SupplierOrganisationName.Trim();
            if (supplierName.Length > 200)
            {
                problems.Add((nameof(ContractInput.SupplierOrganisationId), "The supplier's name must be 200 characters or fewer"));
            }
        }

        int? departmentId = null;
        if (input.AwardingDepartmentId is { } departmentKey)
        {
            departmentId = await db.Departments.Where(d => d.Id == departmentKey && d.ForceId == forceId).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
            if (departmentId is null)
            {
                problems.Add((nameof(ContractInput.AwardingDepartmentId), "Select the awarding department from the list"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(departmentName))
        {
            var upper = departmentName.Trim().ToUpperInvariant();
            departmentId = await db.Departments.Where(d => d.ForceId == forceId && d.Name.ToUpper() == upper).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            if (departmentId is null)
            {
                problems.Add((nameof(ContractInput.AwardingDepartmentId), $"The force has no department called ‘{departmentName.Trim()}’"));
            }
        }

        var panel = new List<int>();
        var unknown = new List<string>();
        foreach (var number in input.PanelNumbers)
        {
            if (await ProcurementPages.PersonIdAsync(db, forceId, number, ct) is { } personId)
            {
                panel.Add(personId);
            }
            else
            {
                unknown.Add(number);
            }
        }

        if (unknown.Count > 0)
        {
            problems.Add((nameof(ContractInput.PanelMembers), $"No one in the force has the number {string.Join(", ", unknown)}"));
        }

        int? signatory = null;
        if (!string.IsNullOrWhiteSpace(input.Signatory))
        {
            signatory = await ProcurementPages.PersonIdAsync(db, forceId, input.Signatory, ct);
            if (signatory is null)
            {
                problems.Add((nameof(ContractInput.Signatory), $"No one in the force has the number {input.Signatory.Trim()}"));
            }
        }

        return (new Resolved(supplierId, supplierName, departmentId, panel, signatory), problems);
    }

    public static async Task<Contract> SaveAsync(IntegrityDbContext db, int forceId, ContractInput input, Resolved resolved, CancellationToken ct)
    {
        var supplierId = resolved.SupplierOrganisationId
                         ?? (resolved.SupplierName is { } name ? await OrganisationDirectory.FindOrAddAsync(db, forceId, name, null, ct) : null);
        var bidderIds = new List<int>();
        foreach (var bidder in input.BidderNames)
        {
            bidderIds.Add(await OrganisationDirectory.FindOrAddAsync(db, forceId, bidder, null, ct));
        }

        var reference = input.Reference!.Trim();
        var contract = await db.Contracts.Include(c => c.Bidders).Include(c => c.People)
            .SingleOrDefaultAsync(c => c.ForceId == forceId && c.Reference == reference, ct);
        if (contract is null)
        {
            contract = new Contract { ForceId = forceId, Reference = reference, Title = string.Empty };
            db.Contracts.Add(contract);
        }

        ProcurementPages.TryParsePounds(input.Value, allowNegative: false, out var pence, out _);
        contract.Title = input.Title!.Trim();
        contract.SupplierOrganisationId = supplierId;
        contract.ValuePence = pence;
        contract.Route = input.RouteValue!.Value;
        contract.TenderOpenedOn = input.TenderOpenedOn;
        contract.AwardedOn = input.AwardedOn;
        contract.StartsOn = input.StartsOn;
        contract.EndsOn = input.EndsOn;
        contract.AwardingDepartmentId = resolved.DepartmentId;
        foreach (var bidderId in bidderIds.Distinct().Where(b => contract.Bidders.All(x => x.OrganisationId != b)))
        {
            contract.Bidders.Add(new ContractBidder { ForceId = forceId, OrganisationId = bidderId });
        }

        var people = resolved.PanelIds.Distinct().Select(p => (PersonId: p, Part: ContractPart.PanelMember)).ToList();
        if (resolved.SignatoryId is { } signatory)
        {
            people.Add((signatory, ContractPart.Signatory));
        }

        foreach (var (personId, part) in people.Where(x => !contract.People.Any(p => p.PersonId == x.PersonId && p.Part == x.Part)))
        {
            contract.People.Add(new ContractPerson { ForceId = forceId, PersonId = personId, Part = part });
        }

        await db.SaveChangesAsync(ct);
        return contract;
    }
}
