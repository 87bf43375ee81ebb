using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrityPortal.Migrations.Sqlite;

/// <summary>
/// The Sqlite migration set. `dotnet ef` uses this factory at design time, so migrations are
/// added with this project as both project and start-up project (see docs/architecture.md).
/// </summary>
public sealed class SqliteMigrations : IDesignTimeDbContextFactory<IntegrityDbContext>
{
    public static readonly string AssemblyName = typeof(SqliteMigrations).Assembly.GetName().Name!;

    public IntegrityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(AssemblyName))
            .Options;
        return new IntegrityDbContext(options, SystemActor.Instance, TimeProvider.System);
    }
}
