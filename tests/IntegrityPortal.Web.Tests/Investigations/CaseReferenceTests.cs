using System.Net;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

/// <summary>Case references are unique wherever one PSD sees cases together: the alliance's forces share one series.</summary>
public class CaseReferenceTests
{
    [Fact]
    public async Task AlliancePsd_OpensCasesInBothForces_AndNoReferenceRepeats()
    {
        // With the full demonstration data, which holds both alliance forces' cases.
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        foreach (var force in new[] { "warwickshire", "west-mercia", "warwickshire" })
        {
            var response = await psd.PostFormAsync("/Investigations/Open", new()
            {
                ["Input.ForceId"] = (await factory.ForceIdAsync(force)).ToString(),
                ["Input.Category"] = nameof(InvestigationCategory.Other), ["Input.Origin"] = nameof(InvestigationOrigin.InternalReferral),
                ["Input.OpenedOn"] = Core.UkTime.Today(TimeProvider.System).ToString("yyyy-MM-dd"), ["Input.Summary"] = $"Case in {force}",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var warwickshire = await factory.ForceIdAsync("warwickshire");
        var westMercia = await factory.ForceIdAsync("west-mercia");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var alliance = await db.Investigations.Where(i => i.ForceId == warwickshire || i.ForceId == westMercia)
            .Select(i => new { i.ReferenceYear, i.ReferenceNumber }).ToListAsync();
        var references = alliance.Select(i => Investigation.FormatReference(i.ReferenceYear, i.ReferenceNumber)).ToList();
        Assert.True(references.Count > 3);
        Assert.Equal(references.Count, references.Distinct().Count());

        // Forces with their own PSD keep their own series.
        var cumbria = await factory.ForceIdAsync("cumbria");
        Assert.True(await db.Investigations.Where(i => i.ForceId == cumbria).AllAsync(i => i.ReferenceSeries == $"force-{cumbria}"));
    }
}
