using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// The nightly job gives SQLite's planner its statistics (NightlySqliteStatisticsService,
/// decision 0083), which a database the portal created has none of until then.
/// </summary>
public class SqliteStatisticsTests
{
    private static async Task<List<string>> IndexesWithStatisticsAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(TestDatabase.ConnectionString(databasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE name = 'sqlite_stat1'";
        if (await command.ExecuteScalarAsync() is null)
        {
            return [];
        }

        command.CommandText = "SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL";
        var indexes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }

    [Fact]
    public async Task TheNightlyJob_GivesThePlannerStatisticsOfEveryRegistersIndexes_AndThePortalGoesOnServing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.Empty(await IndexesWithStatisticsAsync(factory.DatabasePath));

        var service = factory.Services.GetServices<IHostedService>().OfType<NightlySqliteStatisticsService>().Single();
        Assert.True(await service.UpdateAsync(CancellationToken.None));

        var indexes = await IndexesWithStatisticsAsync(factory.DatabasePath);
        Assert.Contains("IX_People_ForceId_FamilyName_GivenName", indexes);
        Assert.Contains("IX_GiftDeclarations_ForceId_DeclarantId_OfferedOn", indexes);
        Assert.Contains("IX_AuditEvents_RecordForceId_OccurredUtc", indexes);

        // A second night finds nothing grown tenfold, and the register reads on with the statistics.
        Assert.True(await service.UpdateAsync(CancellationToken.None));
        var page = await psd.GetAsync("/Gifts/Register?Sort=declarant-asc");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
    }
}
