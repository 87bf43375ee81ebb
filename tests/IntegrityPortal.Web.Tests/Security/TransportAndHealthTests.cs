using System.Net;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Tests.Security;

public class TransportAndHealthTests
{
    [Fact]
    public async Task Hsts_LastsOneYear()
    {
        await using var factory = await PortalFactory.CreateAsync();
        // HSTS is never sent to localhost, so ask under a real-looking host name.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.police.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var factory = await PortalFactory.CreateAsync();

        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Production_OnPlainHttpWithoutAProxy_RefusesToStartWithAClearMessage()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        var web = typeof(Program).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { web },
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ConnectionStrings__Sqlite"] = TestDatabase.ConnectionString(path),
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The app kept running on plain HTTP in Production.");
        }

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("will not start", await error + await output);
        Assert.Contains("ReverseProxy__Enabled=true", await error);
    }

    [Fact]
    public async Task Health_WhenAnotherConnectionHoldsTheWriteLock_IsDegraded()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);
        Assert.Equal("Healthy", await (await client.GetAsync("/health")).Content.ReadAsStringAsync());

        await using (var holder = new SqliteConnection(TestDatabase.ConnectionString(factory.DatabasePath)))
        {
            await holder.OpenAsync();
            await using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();

            var blocked = await client.GetAsync("/health");

            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
            Assert.Equal("Degraded", await blocked.Content.ReadAsStringAsync());
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal("Healthy", await (await client.GetAsync("/health")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_QueuesWithThisNodesWriters_AtTheWriteGate()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = PortalClient.Anonymous(factory);
        string connectionString;
        using (var scope = factory.Services.CreateScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>().Database.GetConnectionString()!;
        }

        // A writer of this node keeps its turn past the check's 2 s: SQLite's lock is free, but
        // a write would wait, so the node is Degraded.
        using (await SqliteWriteGate.TurnAsync(connectionString, CancellationToken.None))
        {
            Assert.Equal("Degraded", await (await client.GetAsync("/health")).Content.ReadAsStringAsync());
        }

        // A writer that gives its turn back within the time lets the check through.
        var turn = await SqliteWriteGate.TurnAsync(connectionString, CancellationToken.None);
        var check = client.GetAsync("/health");
        await Task.Delay(300);
        turn.Dispose();
        Assert.Equal("Healthy", await (await check).Content.ReadAsStringAsync());
    }
}
