using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrityPortal.Migrations.SqlServer;

/// <summary>
/// The SqlServer migration set. `dotnet ef` uses this factory at design time, so migrations are
/// added with this project as both project and start-up project (see docs/architecture.md).
/// </summary>
public sealed class SqlServerMigrations : IDesignTimeDbContextFactory<IntegrityDbContext>
{
    public static readonly string AssemblyName = typeof(SqlServerMigrations).Assembly.GetName().Name!;

    public IntegrityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlServer("Server=(design-time);Database=IntegrityPortal;Trusted_Connection=True", o => o.MigrationsAssembly(AssemblyName))
            .Options;
        return new IntegrityDbContext(options, SystemActor.Instance, TimeProvider.System);
    }
}
