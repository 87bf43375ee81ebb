using IntegrityPortal.Core.Data;
using IntegrityPortal.Migrations.Sqlite;
using IntegrityPortal.Migrations.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IntegrityPortal.Core.Tests.Data;

/// <summary>
/// Both migration sets must match the model, and SQL Server must be able to take the model,
/// even on a machine without SQL Server: EF builds SQL Server's DDL without a connection.
/// </summary>
public class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_AreUpToDateWithTheModel()
    {
        using var db = new SqliteMigrations().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes the SQLite migrations lack: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void SqlServerMigrations_AreUpToDateWithTheModel()
    {
        using var db = new SqlServerMigrations().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes the SQL Server migrations lack: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public void SqlServer_CreateScriptFromTheModel_IsGenerated()
    {
        using var db = new SqlServerMigrations().CreateDbContext([]);

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [People]", script);
        Assert.Contains("CREATE TABLE [AuditEvents]", script);
    }

    [Fact]
    public void SqlServer_MigrationScript_IsGeneratedForEveryMigration()
    {
        using var db = new SqlServerMigrations().CreateDbContext([]);
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains(migration, script);
        }
    }

    [Fact]
    public async Task Sqlite_MigrationsApplyToAnEmptyDatabase()
    {
        var path = IntegrityPortal.Testing.TestDatabase.NewPath("migrate");
        await using (var db = IntegrityPortal.Testing.TestDatabase.OpenAsSystem(path))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        File.Delete(path);
    }

    /// <summary>
    /// A SQLite table rebuild runs "PRAGMA foreign_keys = 0" outside the migration's
    /// transaction; in a migration with other operations, a failure would leave it half applied
    /// (EF warns at start-up). Each rebuild is a migration of its own, so the warning never comes.
    /// </summary>
    [Fact]
    public async Task Sqlite_NoMigrationMixesATableRebuildWithOtherOperations()
    {
        var path = IntegrityPortal.Testing.TestDatabase.NewPath("migrate");
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlite(IntegrityPortal.Testing.TestDatabase.ConnectionString(path), o => o.MigrationsAssembly(SqliteMigrations.AssemblyName))
            .ConfigureWarnings(w => w.Throw(RelationalEventId.NonTransactionalMigrationOperationWarning))
            .Options;
        await using (var db = new IntegrityDbContext(options, IntegrityPortal.Core.Security.SystemActor.Instance, TimeProvider.System))
        {
            await db.Database.MigrateAsync();
        }

        File.Delete(path);
    }
}
