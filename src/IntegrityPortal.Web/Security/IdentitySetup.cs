using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Security.Passwords;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Accounts, passwords and the session cookie. The numbers follow NCSC password guidance
/// and OWASP's PBKDF2 advice; see docs/security.md.
/// </summary>
public static class IdentitySetup
{
    private const string SignedInAtItem = "portal:signed-in-at";

    public static void AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<AccountLockout>();
        services.AddScoped<SignInEvents>();
        services.Configure<TwoFactorSettings>(builder.Configuration.GetSection("TwoFactor"));

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Length, not composition: at least 12 characters, any characters, up to 128
                // (MaximumLengthPasswordValidator).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IntegrityDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddPasswordValidator<MaximumLengthPasswordValidator<ApplicationUser>>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider: each code is accepted once.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashing.Iterations);

        // A change of roles or force updates the security stamp; revalidating often means the
        // change reaches the user's next requests within minutes, not at next sign-in.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        // Cookies are Secure everywhere but in Development, where `dotnet run` serves plain
        // HTTP on localhost (no certificate on a newcomer's machine).
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var idle = TimeSpan.FromMinutes(builder.Configuration.GetValue("Session:IdleMinutes", 20));
        var absolute = TimeSpan.FromHours(builder.Configuration.GetValue("Session:AbsoluteHours", 8.0));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "IntegrityPortal.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = idle;
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Errors/403";
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // Answer 403 in place (the status code page explains it) rather than
                // redirecting to a page that would answer 200.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // Absolute lifetime: sliding expiry alone would keep an active session forever, and
            // renewal resets IssuedUtc, so the first sign-in time travels in the cookie's items.
            options.Events.OnSigningIn = context =>
            {
                context.Properties.Items.TryAdd(SignedInAtItem, DateTimeOffset.UtcNow.ToString("O"));
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                var signedInAt = context.Properties.Items.TryGetValue(SignedInAtItem, out var value)
                    && DateTimeOffset.TryParse(value, out var parsed) ? parsed : DateTimeOffset.MinValue;
                if (signedInAt + absolute < DateTimeOffset.UtcNow)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        // Identity's cookie between the password and the code: on the same terms as the session's.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "IntegrityPortal.TwoFactor";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "IntegrityPortal.Antiforgery";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
    }
}
