using IntegrityPortal.Core.Data;
using IntegrityPortal.Migrations.Sqlite;
using IntegrityPortal.Migrations.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> is <c>Sqlite</c> (the
/// default, a file under the app's folder) or <c>SqlServer</c>. Each provider has its own
/// migrations assembly, so the two migration sets never mix.
/// </summary>
public static class DatabaseSetup
{
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        // Once, not per context: the options are built again for every request's context.
        var sqlite = provider == "Sqlite" ? SqliteConnectionString(configuration.GetConnectionString("Sqlite"), builder.Environment.ContentRootPath) : null;
        builder.Services.AddDbContext<IntegrityDbContext>(options =>
        {
            switch (provider)
            {
                case "SqlServer":
                    options.UseSqlServer(
                        configuration.GetConnectionString("SqlServer") ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is not set."),
                        o => o.MigrationsAssembly(SqlServerMigrations.AssemblyName));
                    break;
                case "Sqlite":
                    options.UseSqlite(sqlite, o => o.MigrationsAssembly(SqliteMigrations.AssemblyName));
                    options.AddInterceptors(SqlitePragmas.Instance, SqliteWriteGate.Instance);
                    break;
                default:
                    throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{provider}'.");
            }
        });
    }

    /// <summary>A relative SQLite file is placed under the content root, and its folder created.</summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/integrity-portal.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
