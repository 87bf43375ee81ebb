using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrityPortal.Testing;

/// <summary>
/// The real web application over its own copy of the demonstration database. The environment
/// is "Testing" by default, not Development: cookies are Secure and nothing is seeded at
/// start-up. Browser tests pass "Development" because the browser speaks plain HTTP to
/// localhost, where only Development's SameAsRequest cookies are sent back.
/// Across the suite, tests sign in hundreds of times and national accounts sign in with the
/// password alone: the rate limits are raised and national accounts need no second factor,
/// unless <paramref name="settings"/> says otherwise (the tests of those rules set them back).
/// For the same reason passwords are hashed with <see cref="TestDatabase.PasswordIterations"/>,
/// unless <paramref name="portalPasswordHashing"/> keeps the portal's own count.
/// </summary>
public sealed class PortalFactory(string databasePath, TimeProvider? clock = null, string environment = "Testing",
    IReadOnlyDictionary<string, string?>? settings = null, bool portalPasswordHashing = false) : WebApplicationFactory<Program>
{
    public static readonly IReadOnlyDictionary<string, string?> TestDefaults = new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerAddress"] = "100000",
        ["RateLimits:SignInPerAccount"] = "100000",
        ["RateLimits:RequestsPerUser"] = "100000",
        ["TwoFactor:RequiredForNationalAccounts"] = "false",
    };

    public string DatabasePath { get; } = databasePath;

    public static async Task<PortalFactory> CreateAsync(TimeProvider? clock = null, bool withGifts = true) =>
        new(await TestDatabase.CreateCopyAsync(withGifts), clock);

    /// <summary>A factory with some settings as given, over the test defaults (rate limits, second factor).</summary>
    public static async Task<PortalFactory> CreateWithSettingsAsync(IReadOnlyDictionary<string, string?> settings, bool withGifts = true) =>
        new(await TestDatabase.CreateCopyAsync(withGifts), settings: settings);

    /// <summary>The same portal with an EF interceptor on every context it creates, to watch what its pages run.</summary>
    public WebApplicationFactory<Program> WithInterceptor(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor interceptor) =>
        WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.ConfigureDbContext<IntegrityPortal.Core.Data.IntegrityDbContext>(o => o.AddInterceptors(interceptor))));

    /// <summary>The id of a demo force, by its code ("thames-valley").</summary>
    public async Task<int> ForceIdAsync(string code)
    {
        await using var db = TestDatabase.OpenAsSystem(DatabasePath);
        return await db.Forces.Where(f => f.Code == code).Select(f => f.Id).SingleAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", TestDatabase.ConnectionString(DatabasePath));
        builder.UseSetting("DemoData:Seed", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in TestDefaults.Concat(settings ?? new Dictionary<string, string?>())
                     .GroupBy(s => s.Key).Select(g => g.Last()))
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
        }

        if (!portalPasswordHashing)
        {
            builder.ConfigureTestServices(services =>
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestDatabase.PasswordIterations));
        }
    }
}
