using System.Linq.Expressions;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// The one DbContext of the portal. Besides mapping, it holds the three rules every save
/// obeys, so that no page can forget them: force isolation (query filters and a check on
/// save), no hard deletes of domain records, and an audit event for every change, written in
/// the same transaction.
/// </summary>
public class IntegrityDbContext(
    DbContextOptions<IntegrityDbContext> options,
    ICurrentActor actor,
    TimeProvider clock)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public ICurrentActor Actor { get; } = actor;
    public TimeProvider Clock { get; } = clock;

    private readonly DbContextOptions<IntegrityDbContext> siblingOptions = options;

    /// <summary>
    /// A new context on the same database, for the same actor and clock, with its own
    /// connection: one context runs one command at a time, so reads that run side by side each
    /// take one (<see cref="SideBySide"/>). The caller disposes it.
    /// </summary>
    public IntegrityDbContext CreateSibling() => new(siblingOptions, Actor, Clock);

    public DbSet<Alliance> Alliances => Set<Alliance>();
    public DbSet<Force> Forces => Set<Force>();
    public DbSet<ForceSettings> ForceSettings => Set<ForceSettings>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<GiftDeclaration> GiftDeclarations => Set<GiftDeclaration>();
    public DbSet<Investigation> Investigations => Set<Investigation>();
    public DbSet<InvestigationPerson> InvestigationPeople => Set<InvestigationPerson>();
    public DbSet<InvestigationLogEntry> InvestigationLogEntries => Set<InvestigationLogEntry>();
    public DbSet<InvestigationLink> InvestigationLinks => Set<InvestigationLink>();
    public DbSet<InvestigationStatusChange> InvestigationStatusChanges => Set<InvestigationStatusChange>();
    public DbSet<AcuStaffing> AcuStaffing => Set<AcuStaffing>();
    public DbSet<MediaContact> MediaContacts => Set<MediaContact>();
    public DbSet<SuspectedLeak> SuspectedLeaks => Set<SuspectedLeak>();
    public DbSet<BusinessInterests.BusinessInterest> BusinessInterests => Set<BusinessInterests.BusinessInterest>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Forms.FormDraft> FormDrafts => Set<Forms.FormDraft>();
    public DbSet<Procurement.Supplier> Suppliers => Set<Procurement.Supplier>();
    public DbSet<Procurement.Contract> Contracts => Set<Procurement.Contract>();
    public DbSet<Procurement.ContractBidder> ContractBidders => Set<Procurement.ContractBidder>();
    public DbSet<Procurement.ContractPerson> ContractPeople => Set<Procurement.ContractPerson>();
    public DbSet<Procurement.CardTransaction> CardTransactions => Set<Procurement.CardTransaction>();
    public DbSet<Procurement.ProcurementMatch> ProcurementMatches => Set<Procurement.ProcurementMatch>();
    public DbSet<Procurement.CrossCheckRun> CrossCheckRuns => Set<Procurement.CrossCheckRun>();
    public DbSet<Procurement.CrossCheckMeeting> CrossCheckMeetings => Set<Procurement.CrossCheckMeeting>();
    public DbSet<Procurement.MeetingAttendee> MeetingAttendees => Set<Procurement.MeetingAttendee>();
    public DbSet<Procurement.MeetingAction> MeetingActions => Set<Procurement.MeetingAction>();
    public DbSet<Policies.Policy> Policies => Set<Policies.Policy>();
    public DbSet<Policies.PolicyForce> PolicyForces => Set<Policies.PolicyForce>();
    public DbSet<Policies.PolicyVersion> PolicyVersions => Set<Policies.PolicyVersion>();
    public DbSet<Policies.PolicyTask> PolicyTasks => Set<Policies.PolicyTask>();
    public DbSet<Policies.PolicyAttempt> PolicyAttempts => Set<Policies.PolicyAttempt>();
    public DbSet<Policies.PolicyReminder> PolicyReminders => Set<Policies.PolicyReminder>();
    public DbSet<Training.Course> Courses => Set<Training.Course>();
    public DbSet<Training.TrainingSession> TrainingSessions => Set<Training.TrainingSession>();
    public DbSet<Training.TrainingAttendance> TrainingAttendances => Set<Training.TrainingAttendance>();
    public DbSet<SelfAssessment.AssessmentTemplate> AssessmentTemplates => Set<SelfAssessment.AssessmentTemplate>();
    public DbSet<SelfAssessment.TemplateItem> TemplateItems => Set<SelfAssessment.TemplateItem>();
    public DbSet<SelfAssessment.Assessment> Assessments => Set<SelfAssessment.Assessment>();
    public DbSet<SelfAssessment.AssessmentAnswer> AssessmentAnswers => Set<SelfAssessment.AssessmentAnswer>();
    public DbSet<SelfAssessment.AssessmentAction> AssessmentActions => Set<SelfAssessment.AssessmentAction>();
    public DbSet<SelfAssessment.ActionNote> ActionNotes => Set<SelfAssessment.ActionNote>();

    // Read by the query filters below. EF evaluates these per query on the context in use,
    // so one cached model serves every user.
    private bool ScopeSeesAllForces => Actor.Scope.SeesAllForces;

    // The one removal of a domain record the portal makes: an organisation merged into another,
    // once nothing names it (OrganisationMerge; decision 0070). Nothing else may be deleted.
    private readonly HashSet<object> mergedAway = new(ReferenceEqualityComparer.Instance);

    internal void PermitRemovalOfMerged(Organisation organisation) => mergedAway.Add(organisation);
    private IReadOnlyList<int> ScopeForceIds => Actor.Scope.ForceIds;

    /// <summary>The one force of a user limited to one force; for any other scope, an id no force has.</summary>
    /// <remarks>
    /// A scalar parameter lets EF cache the SQL of each query: a list of forces is expanded into
    /// one parameter per force, and EF then writes the SQL again, under a lock, on every
    /// execution (decision 0081). A context built for one force that ever served another
    /// scope would show nothing, not another force's records.
    /// </remarks>
    private int ScopeOnlyForceId => Actor.Scope is { SeesAllForces: false, ForceIds: [var only] } ? only : NoForceId;

    private const int NoForceId = -1;

    /// <summary>Which of the three models this context uses (see ForceScopeModelCacheKeyFactory).</summary>
    internal ForceScopeShape ScopeShape => Actor.Scope switch
    {
        { SeesAllForces: true } => ForceScopeShape.AllForces,
        { ForceIds.Count: 1 } => ForceScopeShape.OneForce,
        _ => ForceScopeShape.ListOfForces,
    };

    /// <summary>
    /// Accounts the current user may see. Accounts carry no query filter (sign-in must find
    /// a user before anyone is signed in), so pages that list or edit accounts start here.
    /// </summary>
    public IQueryable<ApplicationUser> VisibleUsers => ScopeShape switch
    {
        ForceScopeShape.AllForces => Users,
        ForceScopeShape.OneForce => Users.Where(u => u.ForceId == ScopeOnlyForceId),
        _ => Users.Where(u => u.ForceId != null && ScopeForceIds.Contains(u.ForceId.Value)),
    };

    /// <summary>Forces the current user may see. Forces carry no filter: their names are not secret.</summary>
    public IQueryable<Force> VisibleForces => ScopeShape switch
    {
        ForceScopeShape.AllForces => Forces,
        ForceScopeShape.OneForce => Forces.Where(f => f.Id == ScopeOnlyForceId),
        _ => Forces.Where(f => ScopeForceIds.Contains(f.Id)),
    };

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // One model for users who see every force, one for users limited to one force and one for
        // users limited to a list of forces (see ForceScopeModelCacheKeyFactory and OnModelCreating).
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ForceScopeModelCacheKeyFactory>();
        // CappedCount counts up to 10,001 rows of a list with its sort taken away, on purpose
        // (any 10,001 rows give the same answer); EF's warning would write a line on every list
        // page, so it is logged at Debug, where it is still there to find.
        optionsBuilder.ConfigureWarnings(w => w.Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, LogLevel.Debug)));
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IntegrityDbContext).Assembly);

        // Users limited to one force (most users) get the filter "ForceId = @id", users of an
        // alliance "ForceId IN (@id1, @id2)", and nothing else: no OR, so SQLite and SQL Server
        // can seek an index led by ForceId. The scalar lets EF cache each query's SQL (decision
        // 0081). Users who see every force get a model without a force condition, rather than
        // "@all OR ForceId IN (...)", which no planner can serve from an index. The web app
        // gives each request a fresh service scope once the user is known (ServicesAfterSignIn),
        // so the request's context picks its model after authentication, not while the cookie
        // is still being read. The model is chosen per context by the scope's shape
        // (ForceScopeModelCacheKeyFactory), so EF never shares a compiled query between the
        // three. See docs/decisions/0036-index-friendly-force-filter.md.
        // The model of national users keeps a filter on the scope alone ("WHERE @all", no
        // column, so it costs no index): should a context built for a national user ever serve
        // a narrower scope, it shows nothing rather than everything.
        var shape = ScopeShape;
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IForceOwned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).HasQueryFilter(ForceFilter(type.ClrType, shape));
        }

        // An audit event is seen by the force of the record it concerns. A policy, and its
        // versions, are seen by the forces it applies to (its own force, and the alliance's forces
        // when shared): the filter reads PolicyForces, which carries the force filter itself. See
        // docs/decisions/0060-policies-shared-across-an-alliance.md.
        switch (shape)
        {
            case ForceScopeShape.AllForces:
                builder.Entity<AuditEvent>().HasQueryFilter(e => ScopeSeesAllForces);
                builder.Entity<Policies.Policy>().HasQueryFilter(p => ScopeSeesAllForces);
                builder.Entity<Policies.PolicyVersion>().HasQueryFilter(v => ScopeSeesAllForces);
                break;
            case ForceScopeShape.OneForce:
                builder.Entity<AuditEvent>().HasQueryFilter(e => e.RecordForceId == ScopeOnlyForceId);
                builder.Entity<Policies.Policy>().HasQueryFilter(p => p.Forces.Any(f => f.ForceId == ScopeOnlyForceId));
                builder.Entity<Policies.PolicyVersion>().HasQueryFilter(v => v.Policy!.Forces.Any(f => f.ForceId == ScopeOnlyForceId));
                break;
            default:
                builder.Entity<AuditEvent>().HasQueryFilter(e =>
                    e.RecordForceId != null && ScopeForceIds.Contains(e.RecordForceId.Value));
                builder.Entity<Policies.Policy>().HasQueryFilter(p => p.Forces.Any(f => ScopeForceIds.Contains(f.ForceId)));
                builder.Entity<Policies.PolicyVersion>().HasQueryFilter(v => v.Policy!.Forces.Any(f => ScopeForceIds.Contains(f.ForceId)));
                break;
        }

        // Nothing in the domain is deleted, so no delete may cascade; SQL Server also refuses
        // the multiple cascade paths that people, departments and forces would otherwise form.
        foreach (var fk in builder.Model.GetEntityTypes()
                     .Where(t => t.ClrType.Namespace?.StartsWith("IntegrityPortal") == true)
                     .SelectMany(t => t.GetForeignKeys()))
        {
            fk.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }

    private LambdaExpression ForceFilter(Type entityType, ForceScopeShape shape)
    {
        var method = typeof(IntegrityDbContext)
            .GetMethod(nameof(ForceFilterFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entityType);
        return (LambdaExpression)method.Invoke(this, [shape])!;
    }

    private Expression<Func<T, bool>> ForceFilterFor<T>(ForceScopeShape shape) where T : IForceOwned => shape switch
    {
        ForceScopeShape.AllForces => e => ScopeSeesAllForces,
        ForceScopeShape.OneForce => e => e.ForceId == ScopeOnlyForceId,
        _ => e => ScopeForceIds.Contains(e.ForceId),
    };

    // A transaction disposed without a commit or rollback still holds the node's write gate: it
    // is let go once the context, and with it the transaction, is gone.
    public override void Dispose()
    {
        try
        {
            base.Dispose();
        }
        finally
        {
            SqliteWriteGate.Abandon(this);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            SqliteWriteGate.Abandon(this);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var entries = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in entries)
        {
            EnforceRules(entry);
        }

        var pending = AuditTrailWriter.Capture(entries);
        var giftCounts = GiftMonthCount.Deltas(entries);
        if (pending.Count == 0 && giftCounts.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await GiftMonthCount.ApplyAsync(this, giftCounts, cancellationToken);
            var events = pending.Select(p => p.ToEvent(Actor, Clock.GetUtcNow().UtcDateTime)).ToList();
            events.AddRange(await AllianceReach.PartnerCopiesAsync(this, events, cancellationToken));
            AuditEvents.AddRange(events);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        catch when (ownTransaction is not null)
        {
            // Rolled back here rather than by Dispose, which EF does not tell the write gate of.
            // A rollback that fails too (after a failed commit) must not hide the first error.
            try
            {
                await ownTransaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception rollback) when (rollback is System.Data.Common.DbException or InvalidOperationException)
            {
            }

            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void EnforceRules(EntityEntry entry)
    {
        if (entry.State == EntityState.Deleted && entry.Entity is IAudited or ApplicationUser or IAppendOnly && !mergedAway.Contains(entry.Entity))
        {
            throw new DomainRuleException($"{entry.Metadata.ClrType.Name} records are never deleted.");
        }

        if (entry.Entity is IAppendOnly && entry.State != EntityState.Added)
        {
            throw new DomainRuleException($"{entry.Metadata.ClrType.Name} records are never changed.");
        }

        if (entry.Entity is IForceOwned owned && entry.State != EntityState.Deleted)
        {
            var original = entry.State == EntityState.Modified
                ? (int)entry.Property(nameof(IForceOwned.ForceId)).OriginalValue!
                : owned.ForceId;
            if (!Actor.Scope.Includes(owned.ForceId) || !Actor.Scope.Includes(original))
            {
                throw new DomainRuleException($"{Actor.UserName} may not change records of force {owned.ForceId}.");
            }
        }

        // A policy is not force-owned (an alliance shares it), but only its own force's keepers write it.
        if (entry is { Entity: Policies.Policy policy, State: EntityState.Added or EntityState.Modified } && !Actor.Scope.Includes(policy.ForceId))
        {
            throw new DomainRuleException($"The user may not change policies of force {policy.ForceId}.");
        }

        if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
        {
            versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
        }
    }
}
