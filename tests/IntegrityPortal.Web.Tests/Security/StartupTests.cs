using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Security;

public class StartupTests
{
    [Fact]
    public async Task Production_OnAnEmptyDatabase_MigratesAndCreatesRolesButNoDemoAccounts()
    {
        var path = TestDatabase.NewPath("empty");
        await using (var factory = new EnvironmentFactory(path, "Production"))
        {
            factory.CreateClient();
        }

        await using var db = TestDatabase.OpenAsSystem(path);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(9, await db.Roles.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Forces.CountAsync());
    }

    [Fact]
    public async Task Development_OnAnEmptyDatabase_SeedsTheDemoData()
    {
        var path = TestDatabase.NewPath("empty");
        await using (var factory = new EnvironmentFactory(path, "Development"))
        {
            factory.CreateClient();
        }

        await using var db = TestDatabase.OpenAsSystem(path);
        Assert.Equal(6, await db.Forces.CountAsync());
        Assert.True(await db.Users.AnyAsync(u => u.UserName == "officer.thames-valley"));
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase()
    {
        await using var factory = await PortalFactory.CreateAsync();

        await PortalClient.SignInAsync(factory, "officer.cumbria");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task CreateAdminCommand_CreatesTheFirstNationalAdministrator_WithThePasswordFromStandardInput()
    {
        var path = TestDatabase.NewPath("first-admin");
        var web = typeof(Program).Assembly.Location;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { web, "create-admin", "first.admin", "First Administrator" },
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Sqlite"] = TestDatabase.ConnectionString(path),
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };

        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("a long enough opening passphrase");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        await using var db = TestDatabase.OpenAsSystem(path);
        var admin = await db.Users.SingleAsync();
        Assert.Equal(("first.admin", "First Administrator", (int?)null), (admin.UserName, admin.DisplayName, admin.ForceId));
        Assert.Equal("admin", await db.UserRoles.Where(r => r.UserId == admin.Id).Select(r => r.RoleId).SingleAsync());
    }

    private sealed class EnvironmentFactory(string path, string environment) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Sqlite", TestDatabase.ConnectionString(path));
            builder.UseSetting("DemoData:Seed", "true");
        }
    }
}
