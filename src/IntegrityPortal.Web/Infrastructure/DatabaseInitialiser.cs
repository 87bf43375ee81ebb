using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Start-up work on the database: apply migrations (never EnsureCreated, so the schema is
/// exactly what production gets), make sure the roles exist and, in Development only, seed
/// the demonstration data into an empty database.
/// </summary>
public static class DatabaseInitialiser
{
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        await db.Database.MigrateAsync();
        await RoleSeeder.EnsureRolesAsync(db);

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("DemoData:Seed"))
        {
            var seeded = await new DemoDataSeeder(db, enrolNationalAuthenticators: true).SeedAsync();
            if (seeded)
            {
                app.Logger.LogInformation("Demonstration data seeded");
            }
        }
    }
}
