using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Production has no demo accounts. The first national administrator is created from the
/// command line on a server that can reach the database:
/// <c>dotnet IntegrityPortal.Web.dll create-admin &lt;user name&gt; "&lt;display name&gt;"</c>,
/// with the password read from standard input so it never appears in a process list or a
/// shell history. See docs/deployment.md.
/// </summary>
public static class FirstAdministrator
{
    public const string Command = "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine($"Usage: {Command} <user name> \"<display name>\"   (password on standard input)");
            return 2;
        }

        await app.InitialiseDatabaseAsync();
        var password = Console.In.ReadLine() ?? string.Empty;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = args[1], DisplayName = args[2], LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Administrator);
        }

        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error.Description);
        }

        if (result.Succeeded)
        {
            Console.WriteLine($"Created national administrator {args[1]}.");
        }

        return result.Succeeded ? 0 : 1;
    }
}
