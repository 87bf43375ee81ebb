using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

/// <summary>
/// The demonstration procurement registers obey the rules the forms and the import enforce, and
/// the cross-check finds the cases hidden in them in every force, but not the near misses.
/// </summary>
public class DemoProcurementDataTests
{
    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    [Fact]
    public async Task Registers_PassTheRulesOfTheFormsAndTheImport()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var suppliers = await db.Suppliers.AsNoTracking().Include(s => s.Organisation).ToListAsync();
        var contracts = await db.Contracts.AsNoTracking().ToListAsync();
        var cards = await db.CardTransactions.AsNoTracking().ToListAsync();

        Assert.All(suppliers.GroupBy(s => s.ForceId), g => Assert.InRange(g.Count(), 20, 60));
        foreach (var s in suppliers)
        {
            Assert.Equal(s.Postcode, ProcurementRules.NormalisePostcode(s.Postcode));
            Assert.True(s.VatNumber is null || ProcurementRules.NormaliseVatNumber(s.VatNumber) == s.VatNumber, s.VatNumber);
            Assert.True(s.Organisation!.CompanyNumber is null || ProcurementRules.NormaliseCompanyNumber(s.Organisation.CompanyNumber) == s.Organisation.CompanyNumber);
        }

        Assert.All(contracts.GroupBy(c => c.ForceId), g => Assert.True(g.Count() >= 40));
        foreach (var c in contracts)
        {
            Assert.True(c.SupplierOrganisationId is null || c.AwardedOn is not null, c.Reference);
            Assert.True(c.AwardedOn is null || c.AwardedOn <= Today, c.Reference);
            Assert.True(c.TenderOpenedOn is null || c.AwardedOn is null || c.TenderOpenedOn <= c.AwardedOn, c.Reference);
            Assert.True(c.StartsOn is null || c.EndsOn is null || c.StartsOn <= c.EndsOn, c.Reference);
            Assert.InRange(c.ValuePence, 0, ProcurementRules.MaximumValuePence);
        }

        Assert.All(cards.GroupBy(t => t.ForceId), g => Assert.True(g.Count() >= 140));
        Assert.All(cards, t => Assert.True(t.TransactionOn <= Today && t.MerchantName.Length > 0, t.BankReference));
    }

    [Fact]
    public async Task HiddenCases_AreFoundInEveryForce_AndTheNearMissesAreNot()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var forces = await db.Forces.Select(f => f.Id).ToListAsync();
        var kinds = await db.ProcurementMatches.GroupBy(m => new { m.ForceId, m.Kind }).Select(g => new { g.Key.ForceId, g.Key.Kind, Count = g.Count() }).ToListAsync();
        var nearMiss = await db.Organisations.Where(o => o.Name == "Northgate Vehicle Hire Ltd").Select(o => o.Id).ToListAsync();
        var everyday = await db.CardTransactions.Where(t => t.MerchantName.StartsWith("AMZN") || t.MerchantName.StartsWith("TESCO")).Select(t => t.Id).ToListAsync();

        foreach (var force in forces)
        {
            Assert.Contains(kinds, k => k.ForceId == force && k.Kind == MatchKind.OfferFromSupplier);
            Assert.Contains(kinds, k => k.ForceId == force && k.Kind == MatchKind.CardSpendWithOfferor);
            Assert.Contains(kinds, k => k.ForceId == force && k.Kind == MatchKind.DuplicateOrganisation);
        }

        Assert.True(await db.ProcurementMatches.AnyAsync(m => m.Priority == MatchPriority.High));
        Assert.False(await db.ProcurementMatches.AnyAsync(m => (m.LeftOrganisationId != null && nearMiss.Contains(m.LeftOrganisationId.Value))
            || (m.RightOrganisationId != null && nearMiss.Contains(m.RightOrganisationId.Value))));
        Assert.False(await db.ProcurementMatches.AnyAsync(m => m.LeftKind == MatchRecordKind.CardTransaction && everyday.Contains(m.LeftId)));
    }

    [Fact]
    public async Task RunningTheCrossCheckAgain_AddsNothing()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var before = await db.ProcurementMatches.CountAsync();

        var added = 0;
        foreach (var force in await db.Forces.Select(f => f.Id).ToListAsync())
        {
            added += await ProcurementCrossCheck.RunAsync(db, force);
        }

        Assert.True(before > 0);
        Assert.Equal(0, added);
        Assert.Equal(before, await db.ProcurementMatches.CountAsync());
    }
}
