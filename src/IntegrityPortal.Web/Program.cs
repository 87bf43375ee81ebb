using FluentValidation;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Logging;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Sinks registered as services are written to as well as the configured ones (the request
// logging tests capture events so).
builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services));
builder.AddPortalDatabase();
builder.AddPortalIdentity();
builder.AddServerSideSessions();
builder.AddPortalTransportSecurity();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<AuditGroupCommit>();
builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<PersonNames>();
builder.Services.AddScoped<CrossCheckOnSave>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.Gifts.LineManagerApprovalsAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.Gifts.OwnDeclarationsAwaitingApprovalAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.Gifts.Register.PsdAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.Investigations.LeaksAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.Media.Office.MediaOfficeAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.BusinessInterests.BusinessInterestsAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.RoleGrants.RoleGrantsAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.PolicyLibrary.PolicyAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.PolicyLibrary.TeamPolicyAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.TrainingRegister.TrainingAttention>();
builder.Services.AddScoped<IAttentionSource, IntegrityPortal.Web.Pages.SelfAssessments.SelfAssessmentAttention>();
builder.AddPortalEmail();
builder.AddPortalRateLimits();
builder.Services.AddScoped<IntegrityPortal.Web.Pages.BusinessInterests.InterestNotifier>();
builder.Services.AddScoped<FormDraftStore>();
builder.Services.AddHostedService<IntegrityPortal.Web.Infrastructure.NightlyCrossCheckService>();
builder.Services.AddHostedService<IntegrityPortal.Web.Infrastructure.NightlyFormDraftCleanupService>();
builder.Services.AddHostedService<IntegrityPortal.Web.Infrastructure.NightlyPolicyReminderService>();
builder.Services.AddHostedService<IntegrityPortal.Web.Infrastructure.NightlySqliteStatisticsService>();
builder.Services.AddHostedService<IntegrityPortal.Web.Infrastructure.SqliteCheckpointService>();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddAuthorization(options => options.AddPortalPolicies());
builder.Services.AddRazorPages(options => options.Conventions.AddPortalPageAuthorization())
    .AddMvcOptions(options =>
    {
        options.ModelBindingMessageProvider.UseFriendlyMessages();
        options.ModelBinderProviders.Insert(0, new StrictBinderProvider());
        options.Filters.Add<PostWithoutHandlerFilter>();
        options.Filters.Add<OneConnectionPerPageFilter>();
        // Validation is FluentValidation's alone; no hidden [Required] from nullability.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    });

// Keys in the database: every web node of a deployment reads the same key ring, so a
// cookie issued by one node is accepted by the others.
builder.Services.AddDataProtection()
    .SetApplicationName("IntegrityPortal")
    .PersistKeysToDbContext<IntegrityDbContext>();

builder.Services.AddHealthChecks().AddDbContextCheck<IntegrityDbContext>("database")
    .AddCheck<DatabaseWriteHealthCheck>("database-write", Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded);

var app = builder.Build();
if (args.FirstOrDefault() == FirstAdministrator.Command)
{
    return await FirstAdministrator.RunAsync(app, args);
}

if (MallocArenas.Warning(Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX")) is { } arenas)
{
    app.Logger.LogWarning("{MallocArenas}", arenas);
}

await app.InitialiseDatabaseAsync();

app.UseReverseProxyHeaders();
app.UseExceptionHandler("/Errors/500");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/Errors/{0}");
app.UseSecurityHeaders();
app.UseRequestLocalization("en-GB");
app.UseSerilogRequestLogging(options =>
{
    // This host's logger, not the process-wide static one, which the last host built in the
    // process would own (the tests run several hosts at once).
    options.Logger = app.Services.GetService<Serilog.ILogger>();
    options.EnrichDiagnosticContext = RequestLogEnricher.Enrich;
    options.GetLevel = RequestLogEnricher.Level;
});
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseServicesAfterSignIn();
app.UseTwoFactorGate();
app.UseRateLimiter();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapRazorPages();

return await app.RunRequiringTlsAsync();

/// <summary>Visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
