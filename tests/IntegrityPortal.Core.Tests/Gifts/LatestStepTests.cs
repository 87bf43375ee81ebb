using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Gifts;

/// <summary>
/// The figures read a declaration's own row for any period that ended on or after its latest
/// step (<see cref="GiftDeclaration.LastStepOn"/>): that holds only while the row and its latest
/// step agree. Checked over every declaration of the demonstration data, and after each kind of
/// workflow step in <see cref="Reporting.PastPeriodFiguresTests"/>.
/// </summary>
public class LatestStepTests
{
    [Fact]
    public async Task EveryDemoDeclaration_StandsAsItsLatestStep_DatedLastStepOn()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);

        var rows = await db.GiftDeclarations
            .Select(d => new
            {
                d.Id,
                d.LastStepOn,
                Row = new { d.Outcome, d.ValuePence, d.ApprovalStatus, d.ReviewStatus, d.IsFromSupplier, d.IsLate },
                LastStepOnOfSteps = d.StatusChanges.Max(s => (DateOnly?)s.EffectiveOn),
                Latest = d.StatusChanges.OrderByDescending(s => s.Id)
                    .Select(s => new { s.Outcome, s.ValuePence, s.ApprovalStatus, s.ReviewStatus, s.IsFromSupplier, s.IsLate })
                    .First(),
            })
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(r.LastStepOnOfSteps, r.LastStepOn);
            Assert.Equal(r.Latest, r.Row);
        });
    }

    [Fact]
    public void RecordStep_KeepsTheLatestDate_WhenAStepIsDatedEarlier()
    {
        var declaration = new GiftDeclaration { ForceId = 1, DeclaredOn = new DateOnly(2026, 3, 2) };

        declaration.RecordStep(new DateOnly(2026, 3, 9), "psd.cumbria", DateTime.UtcNow);
        declaration.RecordStep(new DateOnly(2026, 3, 4), "manager.cumbria", DateTime.UtcNow);

        Assert.Equal(2, declaration.StatusChanges.Count);
        Assert.Equal(new DateOnly(2026, 3, 9), declaration.LastStepOn);
    }
}
