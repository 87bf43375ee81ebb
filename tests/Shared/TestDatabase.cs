using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Testing;

/// <summary>
/// Real SQLite files for tests. The migrations and demonstration data are applied once per
/// test run into a template file; each test then gets its own copy, which takes milliseconds.
/// </summary>
public static class TestDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "integrity-portal-tests", Environment.ProcessId.ToString());
    private static readonly Lazy<Task<string>> Template = new(() => CreateTemplateAsync(withGifts: true));
    private static readonly Lazy<Task<string>> TemplateWithoutGifts = new(() => CreateTemplateAsync(withGifts: false));

    /// <summary>
    /// A fresh, migrated copy of the demonstration database; returns its file path. Without
    /// gifts, the register starts empty, for tests that count exact rows.
    /// </summary>
    public static async Task<string> CreateCopyAsync(bool withGifts = true)
    {
        var template = await (withGifts ? Template : TemplateWithoutGifts).Value;
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        File.Copy(template, path);
        return path;
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    /// <summary>A context outside any request, acting as the system (sees every force).</summary>
    public static IntegrityDbContext OpenAsSystem(string path) => Open(path, SystemActor.Instance);

    public static IntegrityDbContext Open(string path, ICurrentActor actor, TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlite(ConnectionString(path), o => o.MigrationsAssembly(SqliteMigrations.AssemblyName))
            .Options;
        return new IntegrityDbContext(options, actor, clock ?? TimeProvider.System);
    }

    private static async Task<string> CreateTemplateAsync(bool withGifts)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, withGifts ? "template.db" : "template-without-gifts.db");
        await using (var db = OpenAsSystem(path))
        {
            await db.Database.MigrateAsync();
            await RoleSeeder.EnsureRolesAsync(db);
            await new DemoDataSeeder(db, withGifts).SeedAsync();
        }

        return path;
    }
}
