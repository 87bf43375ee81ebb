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
    /// <summary>
    /// The PBKDF2 iterations of the test accounts' passwords and of the test app's hasher. The
    /// suite signs in thousands of times; at the portal's 210,000 each sign-in costs a tenth of
    /// a second of CPU. The portal's own count is tested in <c>Account/PasswordTests</c>.
    /// </summary>
    public const int PasswordIterations = 1_000;

    private static readonly string Folder = CreateFolder();
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

    /// <summary>A path for a database a test creates itself, in the folder deleted when the run ends.</summary>
    public static string NewPath(string prefix) => Path.Combine(Folder, $"{prefix}-{Guid.NewGuid():N}.db");

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

    /// <summary>
    /// This process's folder of database copies, deleted when the process ends: a run makes
    /// hundreds of copies of 15 MB each.
    /// </summary>
    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "integrity-portal-tests", Environment.ProcessId.ToString());
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open is left for the operating system's temporary-file cleaning.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return folder;
    }

    private static async Task<string> CreateTemplateAsync(bool withGifts)
    {
        var path = Path.Combine(Folder, withGifts ? "template.db" : "template-without-gifts.db");
        await using (var db = OpenAsSystem(path))
        {
            await db.Database.MigrateAsync();
            await RoleSeeder.EnsureRolesAsync(db);
            await new DemoDataSeeder(db, withGifts, passwordIterations: PasswordIterations).SeedAsync();
        }

        return path;
    }
}
