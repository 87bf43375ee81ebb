using System.Diagnostics;
using System.Globalization;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Benchmarks;

/// <summary>What to build: the seed, how many of the forces, the share of each force's real size and the history.</summary>
/// <param name="Seed">Every random choice comes from one generator seeded with this, so the same options give the same rows.</param>
/// <param name="Scale">The share of each force's real workforce to create (1 = real size); registers scale with it.</param>
/// <param name="Forces">How many of the 43 forces (the six demo forces always, then the others in list order); null for all.</param>
/// <param name="Today">The last day of the history; fixed for a reproducible build.</param>
public sealed record DataSetOptions(int Seed, double Scale, int? Forces, DateOnly Today, int Years = 10);

/// <summary>
/// The national data set of the performance benchmark: the migrated schema and the portal's own
/// demonstration seed, then the 43 forces of England and Wales at about their real size with
/// departments and line managers, and ten years of every register at rates per person per year
/// (<see cref="Rates"/>), about 9 million rows at scale 1. Rows go in through prepared INSERTs in
/// large transactions with the secondary indexes dropped, which are built again after the load,
/// then the planner's statistics as the portal gathers them (SqliteStatistics). The history
/// starts after HMIC's 2011–12 inspection period, so the demo forces'
/// figures for September 2011 to May 2012 are those of the demo seed alone.
/// </summary>
public sealed class NationalDataSet(DataSetOptions options)
{
    /// <summary>Records per person per year.</summary>
    public static class Rates
    {
        public const double Gifts = 0.25;
        public const double BusinessInterests = 0.02;
        public const double MediaContacts = 0.06;
        public const double Investigations = 0.004;
        /// <summary>Audited reads (register views, case views, person records) besides the event each new record writes.</summary>
        public const double AuditedReads = 2.5;
    }

    /// <summary>Nothing is generated on or before this day: HMIC's inspection period ends on 31 May 2012.</summary>
    public static readonly DateOnly HistoryNotBefore = new(2012, 6, 1);

    private static readonly string[] BigTables =
    [
        "People", "GiftDeclarations", "GiftDeclarationVersion", "GiftDeclarationStatusChange", "BusinessInterests", "BusinessInterestStep",
        "BusinessInterestVersion", "MediaContacts", "SuspectedLeaks", "Investigations", "InvestigationStatusChanges", "InvestigationPeople",
        "InvestigationLogEntries", "AuditEvents",
    ];

    private static readonly (string Name, int Weight)[] DepartmentShares =
    [
        ("Local Policing", 40), ("Crime Investigation", 14), ("Operations Support", 9), ("Contact Management", 8), ("Public Protection", 7),
        ("Custody", 5), ("Intelligence", 4), ("Roads Policing", 3), ("Chief Officer Group", 1), ("Professional Standards Department", 1),
        ("Procurement", 1), ("Corporate Communications", 1), ("Office of the Police and Crime Commissioner", 1), ("Human Resources", 5),
    ];

    private static readonly string[] GivenNames = ["Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Mia", "Noah", "Grace", "Jack", "Freya", "Rhys", "Seren", "Dylan", "Owen", "Lily", "Thomas", "Sophie", "Callum", "Hannah", "Arjun", "Priya", "Kwame", "Zara"];
    private static readonly string[] FamilyNames = ["Jones", "Davies", "Evans", "Roberts", "Hughes", "Walker", "Wright", "Robinson", "Thompson", "Clarke", "Hall", "Lewis", "Morgan", "Price", "Patel", "Khan", "Green", "Baker", "Turner", "Ward", "Ellis", "Shah"];

    private readonly Random random = new(options.Seed);
    private long total;

    public static async Task<(long Rows, TimeSpan Took)> BuildAsync(string path, DataSetOptions options, TextWriter? log = null)
    {
        var watch = Stopwatch.StartNew();
        await SeedAsync(path);
        log?.WriteLine($"Schema and demo seed: {watch.Elapsed.TotalSeconds:N0} s");
        var rows = await LoadAsync(path, options, log);
        return (rows, watch.Elapsed);
    }

    /// <summary>A new file with the migrated schema and the portal's own demonstration seed, as `dotnet run` makes in Development.</summary>
    public static async Task SeedAsync(string path)
    {
        File.Delete(path);
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
        await using var db = Open(path);
        await db.Database.MigrateAsync();
        await RoleSeeder.EnsureRolesAsync(db);
        await new DemoDataSeeder(db).SeedAsync();
    }

    /// <summary>Adds the national data set to a seeded file (<see cref="SeedAsync"/>); returns the rows in the tables it fills.</summary>
    public static async Task<long> LoadAsync(string path, DataSetOptions options, TextWriter? log = null)
    {
        var watch = Stopwatch.StartNew();
        SqliteConnection.ClearAllPools();
        var set = new NationalDataSet(options);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA threads = 2;");
        var indexes = set.DropIndexes(connection);
        set.Load(connection, log);
        log?.WriteLine($"Loaded {set.total:N0} rows: {watch.Elapsed.TotalSeconds:N0} s");
        foreach (var sql in indexes)
        {
            Execute(connection, sql);
        }

        log?.WriteLine($"Indexes built: {watch.Elapsed.TotalSeconds:N0} s");
        // The rows were written past the DbContext, which keeps the gift counts on every save:
        // count them again from the declarations (decision 0073).
        Execute(connection, """
            DELETE FROM "GiftMonthCounts";
            INSERT INTO "GiftMonthCounts" ("ForceId", "Month", "Outcome", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", "Count", "ValuePence")
            SELECT "ForceId", date("DeclaredOn", 'start of month'), "Outcome", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", COUNT(*), SUM("ValuePence")
            FROM "GiftDeclarations"
            GROUP BY "ForceId", date("DeclaredOn", 'start of month'), "Outcome", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate";
            """);
        // The planner statistics a portal has after its first night (SqliteStatistics), not a full
        // ANALYZE's: the plans measured are the plans served.
        Execute(connection, $"{SqliteStatistics.Optimize}; PRAGMA journal_mode = WAL;");
        var rows = 0L;
        foreach (var table in BigTables.Concat(["Departments", "Organisations", "Forces"]))
        {
            rows += Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\"");
        }

        log?.WriteLine($"Statistics ({SqliteStatistics.Optimize}): {watch.Elapsed.TotalSeconds:N0} s; {rows:N0} rows in the registers, people and audit trail");
        return rows;
    }

    public static IntegrityDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<IntegrityDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString(), o => o.MigrationsAssembly(SqliteMigrations.AssemblyName))
                .Options,
            SystemActor.Instance, TimeProvider.System);

    private List<string> DropIndexes(SqliteConnection connection)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", BigTables.Select(t => $"'{t}'"))})";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(connection, $"DROP INDEX \"{name}\"");
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private sealed class ForcePlan
    {
        public int Id;
        public string Code = "";
        public int Target;
        public List<int> People = [];
        public Dictionary<int, int?> DepartmentOf = [];
        public int[] Organisations = [];
        public int PsdPersonId;
        // The case reference series (Investigation.SeriesOf): alliance forces share one.
        public string Series = "";
    }

    // Next case number per series and year; alliance forces draw from the same series.
    private readonly Dictionary<(string Series, int Year), int> nextReference = [];

    private void Load(SqliteConnection connection, TextWriter? log)
    {
        var from = options.Today.AddYears(-options.Years);
        if (from < HistoryNotBefore)
        {
            from = HistoryNotBefore;
        }

        var wanted = NationalForces.All.Where(f => DemoForces.All.Any(d => d.Code == f.Code))
            .Concat(NationalForces.All.Where(f => DemoForces.All.All(d => d.Code != f.Code)))
            .Take(options.Forces ?? NationalForces.All.Count)
            .ToList();
        var ids = new Ids(connection, ["Forces", "Departments", "People", "Organisations", "GiftDeclarations", "BusinessInterests", "MediaContacts", "Investigations"]);
        var transaction = connection.BeginTransaction();
        var tables = new List<BulkTable>();
        BulkTable Table(string name, params string[] columns)
        {
            var table = new BulkTable(connection, name, columns);
            table.Transaction = transaction;
            tables.Add(table);
            return table;
        }

        var forces = Table("Forces", "Id", "Code", "Name", "AllianceId");
        var departments = Table("Departments", "Id", "ForceId", "Name", "IsActive", "Version");
        var people = Table("People", "Id", "ForceId", "Kind", "Number", "GivenName", "FamilyName", "Rank", "Grade", "DepartmentId", "LineManagerId", "IsActive", "Version");
        var organisations = Table("Organisations", "Id", "ForceId", "Name", "CompanyNumber", "Version");
        var plans = new List<ForcePlan>();
        foreach (var (code, name, size) in wanted)
        {
            var plan = new ForcePlan { Code = code, Target = Math.Max(20, (int)(size * options.Scale)) };
            var existing = Scalar(connection, $"SELECT Id FROM Forces WHERE Code = '{code}'", transaction);
            if (existing == 0)
            {
                plan.Id = (int)ids.Next("Forces");
                forces.Add(plan.Id, code, name, null);
                plan.Series = Investigation.SeriesOf(plan.Id, null);
                // The settings of a force with the default route, as a new force would get them.
                Execute(connection, $"INSERT INTO ForceSettings (ForceId, Version, ProfessionalStandardsName, IntegrityContactEmail, GiftAnnualValueFlagPence, GiftApprovalThresholdPence, GiftDeclarationDeadlineDays, GiftRecordingThresholdPence, PublishesGiftRegister, MediaAdvanceNoticeRequired, MediaDepartmentName, BusinessInterestAppealDays, BusinessInterestAppellateRole, BusinessInterestDecisionMakerRole, BusinessInterestLineManagerStep, BusinessInterestReviewMonths, BusinessInterestDecisionReadOnlyView, RequireTwoFactor, DashboardSmallCountThreshold, PublicDepartmentMinimumPeople) SELECT {plan.Id}, Version, ProfessionalStandardsName, 'integrity@{code}.police.example', GiftAnnualValueFlagPence, GiftApprovalThresholdPence, GiftDeclarationDeadlineDays, GiftRecordingThresholdPence, 0, 0, 'Corporate Communications', BusinessInterestAppealDays, BusinessInterestAppellateRole, BusinessInterestDecisionMakerRole, BusinessInterestLineManagerStep, BusinessInterestReviewMonths, BusinessInterestDecisionReadOnlyView, RequireTwoFactor, DashboardSmallCountThreshold, PublicDepartmentMinimumPeople FROM ForceSettings WHERE ForceId = (SELECT Id FROM Forces WHERE Code = 'cumbria')", transaction);
            }
            else
            {
                plan.Id = (int)existing;
                var alliance = Scalar(connection, $"SELECT COALESCE(AllianceId, 0) FROM Forces WHERE Id = {plan.Id}", transaction);
                plan.Series = Investigation.SeriesOf(plan.Id, alliance == 0 ? null : (int)alliance);
            }

            // Departments: the demo's where they exist, the rest added.
            var departmentIds = new Dictionary<string, int>();
            using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = $"SELECT Name, Id FROM Departments WHERE ForceId = {plan.Id}";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    departmentIds[reader.GetString(0)] = reader.GetInt32(1);
                }
            }

            foreach (var (department, _) in DepartmentShares.Where(d => !departmentIds.ContainsKey(d.Name)))
            {
                var id = (int)ids.Next("Departments");
                departments.Add(id, plan.Id, department, 1, 0);
                departmentIds[department] = id;
            }

            using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = $"SELECT Id, DepartmentId, Rank FROM People WHERE ForceId = {plan.Id} ORDER BY Id";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    plan.People.Add(reader.GetInt32(0));
                    plan.DepartmentOf[reader.GetInt32(0)] = reader.IsDBNull(1) ? null : reader.GetInt32(1);
                }
            }

            plan.PsdPersonId = plan.People.Count > 3 ? plan.People[3] : 0;
            // New people by department, each department a tree: a head, then each manager over eight.
            int? chief = plan.People.Count > 0 ? plan.People[0] : null;
            var number = 100_000;
            var toAdd = plan.Target - plan.People.Count;
            var weightTotal = DepartmentShares.Sum(d => d.Weight);
            foreach (var (department, weight) in DepartmentShares)
            {
                var count = Math.Max(1, toAdd * weight / weightTotal);
                var members = new List<int>();
                for (var j = 0; j < count; j++)
                {
                    var id = (int)ids.Next("People");
                    var staff = j > count / 8 && random.Next(100) < 35;
                    int? rank = staff ? null : j == 0 ? (chief is null ? 9 : 6) : j <= 8 ? 3 : j <= count / 8 ? 2 : 1;
                    int? manager = j == 0 ? chief : members[(j - 1) / 8];
                    people.Add(id, plan.Id, staff ? 2 : 1, (staff ? "S" : "") + (++number).ToString(CultureInfo.InvariantCulture),
                        GivenNames[random.Next(GivenNames.Length)], FamilyNames[random.Next(FamilyNames.Length)],
                        rank, staff ? $"Grade {random.Next(2, 8)}" : null, departmentIds[department], manager, 1, 0);
                    chief ??= id;
                    if (j == 0 && department == "Professional Standards Department" && existing == 0)
                    {
                        plan.PsdPersonId = id;
                    }

                    members.Add(id);
                    plan.People.Add(id);
                    plan.DepartmentOf[id] = departmentIds[department];
                }
            }

            var organisationCount = Math.Clamp(plan.Target / 5, 50, 2_000);
            plan.Organisations = new int[organisationCount];
            for (var i = 0; i < organisationCount; i++)
            {
                plan.Organisations[i] = (int)ids.Next("Organisations");
                organisations.Add(plan.Organisations[i], plan.Id, $"Org {i:D4} Ltd", null, 0);
            }

            plans.Add(plan);
        }

        // The largest force's PSD signs in as the demo accounts do (same password), for the
        // benchmark's 100,000-row export.
        if (plans.FirstOrDefault(p => p.Code == "metropolitan") is { } met)
        {
            Execute(connection, $"""
                INSERT INTO AspNetUsers (Id, DisplayName, ForceId, PersonId, IsDisabled, UserName, NormalizedUserName, EmailConfirmed, PasswordHash, SecurityStamp, ConcurrencyStamp,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                SELECT 'benchmark-psd-metropolitan', 'PSD, Metropolitan Police Service', {met.Id}, {met.PsdPersonId}, 0, 'psd.metropolitan', 'PSD.METROPOLITAN', 0, PasswordHash,
                    SecurityStamp, ConcurrencyStamp, 0, 0, 1, 0
                FROM AspNetUsers WHERE UserName = 'psd.cumbria';
                INSERT INTO AspNetUserRoles (UserId, RoleId) SELECT 'benchmark-psd-metropolitan', RoleId FROM AspNetUserRoles r JOIN AspNetUsers u ON u.Id = r.UserId WHERE u.UserName = 'psd.cumbria';
                """, transaction);
        }

        total += tables.Sum(t => t.Rows);
        log?.WriteLine($"{plans.Count} forces, {plans.Sum(p => p.People.Count):N0} people");

        var gifts = Table("GiftDeclarations", "Id", "ForceId", "DeclarantId", "DepartmentId", "DeclaredOn", "OfferedOn", "OfferorName", "OrganisationId", "OrganisationName",
            "Relationship", "OfferType", "Description", "ValuePence", "Outcome", "Reason", "Disposal", "InvolvedInPurchasing", "IsCashOrEquivalent", "IsLate", "IsFromSupplier",
            "PatternFlags", "ApprovalStatus", "ReviewStatus", "ReviewedBy", "ReviewedUtc", "CurrentVersionNumber", "Version", "LastStepOn");
        var giftVersions = Table("GiftDeclarationVersion", "ForceId", "DeclarationId", "Number", "RecordedUtc", "RecordedBy", "AmendmentReason", "Details");
        var giftChanges = Table("GiftDeclarationStatusChange", "ForceId", "DeclarationId", "EffectiveOn", "Outcome", "ValuePence", "ApprovalStatus", "ReviewStatus", "IsFromSupplier", "IsLate", "RecordedBy", "RecordedUtc");
        var interests = Table("BusinessInterests", "Id", "ForceId", "ApplicantId", "DepartmentId", "Status", "CreatedOn", "Kind", "OrganisationId", "OrganisationName", "Sector", "Work",
            "HoursPerWeek", "WhenHoursFall", "ContractedHoursPerWeek", "PayBand", "InsideForceArea", "StartDate", "UsesPoliceSkills", "OrganisationSuppliesForce", "PreFlags",
            "SubmittedOn", "RiskRating", "AssessmentChecks", "DecisionOutcome", "DecidedOn", "AppealLodgedOn", "AppealOutcome", "AppealDecidedOn", "ReviewDueOn", "WithdrawnOn",
            "CurrentVersionNumber", "Version");
        var interestSteps = Table("BusinessInterestStep", "ForceId", "BusinessInterestId", "Kind", "OccurredUtc", "ByUserName", "ByPersonId", "ByRole", "Outcome", "Comments");
        var interestVersions = Table("BusinessInterestVersion", "ForceId", "BusinessInterestId", "Number", "RecordedUtc", "RecordedBy", "Details");
        var contacts = Table("MediaContacts", "Id", "ForceId", "PersonId", "DepartmentId", "ContactedUtc", "JournalistName", "OutletId", "OutletName", "Method", "WasPreArranged",
            "WasVisitToMediaEstablishment", "Subject", "Disclosed", "WasAuthorised", "AuthorisedBy", "RecordedUtc", "AcknowledgedBy", "AcknowledgedUtc", "Version");
        var leaks = Table("SuspectedLeaks", "FlaggedBy", "FlaggedUtc", "ForceId", "JournalistName", "MediaContactId", "OutletId", "OutletName", "Reason", "Status", "Version", "AnsweredOn");
        var cases = Table("Investigations", "Id", "ForceId", "ReferenceSeries", "ReferenceYear", "ReferenceNumber", "Category", "Origin", "Summary", "OpenedOn", "ClosedOn", "Status", "Outcome", "OpenedBy", "OpenedUtc", "Version");
        var caseChanges = Table("InvestigationStatusChanges", "ForceId", "InvestigationId", "Status", "EffectiveOn", "RecordedBy", "RecordedUtc");
        var casePeople = Table("InvestigationPeople", "ForceId", "InvestigationId", "PersonId", "AddedBy", "AddedUtc");
        var caseLog = Table("InvestigationLogEntries", "ForceId", "InvestigationId", "EntryOn", "Text", "Author", "RecordedUtc");
        var audit = Table("AuditEvents", "OccurredUtc", "UserName", "Roles", "ActorForceId", "RecordForceId", "Action", "EntityType", "EntityId", "Changes");

        var lastCommitted = total;
        for (var day = from; day <= options.Today; day = day.AddDays(1))
        {
            foreach (var plan in plans)
            {
                var psd = $"psd.{plan.Code}";
                var perDay = plan.People.Count / 365.0;
                for (var n = Poisson(perDay * Rates.Gifts); n > 0; n--)
                {
                    AddGift(plan, day, ids.Next("GiftDeclarations"), gifts, giftVersions, giftChanges, audit, psd);
                }

                for (var n = Poisson(perDay * Rates.BusinessInterests); n > 0; n--)
                {
                    AddInterest(plan, day, ids.Next("BusinessInterests"), interests, interestSteps, interestVersions, audit);
                }

                for (var n = Poisson(perDay * Rates.MediaContacts); n > 0; n--)
                {
                    AddContact(plan, day, ids.Next("MediaContacts"), contacts, leaks, audit);
                }

                for (var n = Poisson(perDay * Rates.Investigations); n > 0; n--)
                {
                    AddCase(plan, day, ids.Next("Investigations"), cases, caseChanges, casePeople, caseLog, audit, psd);
                }

                for (var n = Poisson(perDay * Rates.AuditedReads); n > 0; n--)
                {
                    var (type, entity) = random.Next(10) switch
                    {
                        < 7 => ("GiftDeclarationRegister", "register"),
                        < 9 => ("Person", plan.People[random.Next(plan.People.Count)].ToString(CultureInfo.InvariantCulture)),
                        _ => ("Investigation", "view"),
                    };
                    audit.Add(Utc(day, random.Next(7 * 60, 19 * 60)), psd, "psd", plan.Id, plan.Id, 4, type, entity, null);
                }
            }

            var written = tables.Sum(t => t.Rows);
            if (written - lastCommitted > 500_000)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                foreach (var table in tables)
                {
                    table.Transaction = transaction;
                }

                lastCommitted = written;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        total = tables.Sum(t => t.Rows);
        foreach (var table in tables)
        {
            table.Dispose();
        }
    }

    private void AddGift(ForcePlan plan, DateOnly declared, long id, BulkTable gifts, BulkTable versions, BulkTable changes, BulkTable audit, string psd)
    {
        var declarant = plan.People[random.Next(plan.People.Count)];
        var late = random.Next(100) < 8;
        var offered = declared.AddDays(late ? -random.Next(29, 120) : -random.Next(0, 28));
        var organisation = random.Next(plan.Organisations.Length);
        var relationship = random.Next(1, 9);
        var accepted = random.Next(100) < 40;
        var value = (long)(random.Next(100) < 70 ? random.Next(500, 5_000) : random.Next(5_000, 50_000));
        var supplier = relationship is 1 or 2;
        var purchasing = supplier && random.Next(100) < 20;
        var needsApproval = accepted && value > 5_000;
        var age = options.Today.DayNumber - declared.DayNumber;
        var approval = !needsApproval ? 1 : age > 14 || random.Next(100) < 50 ? (random.Next(100) < 90 ? 4 : 5) : random.Next(2, 4);
        var reviewDays = random.Next(1, 45);
        var review = age > reviewDays && random.Next(100) < 97 ? random.Next(100) switch { < 88 => 2, < 97 => 3, _ => 4 } : 1;
        var outcome = accepted ? 1 : 2;
        var recorded = Utc(declared, random.Next(8 * 60, 18 * 60));
        var orgName = $"Org {organisation:D4} Ltd";
        var reviewedOn = declared.AddDays(reviewDays);
        var approvedOn = declared.AddDays(Math.Min(age, random.Next(1, 10)));
        var decided = approval is 4 or 5;
        var lastStepOn = new[] { declared, decided ? approvedOn : declared, review != 1 ? reviewedOn : declared }.Max();
        gifts.Add(id, plan.Id, declarant, plan.DepartmentOf[declarant], Date(declared), Date(offered), "A. Offeror", plan.Organisations[organisation], orgName,
            relationship, random.Next(1, 8), "Offer recorded for the benchmark", value, outcome, "As the policy allows", accepted ? random.Next(1, 5) : null,
            purchasing ? 1 : 0, 0, late ? 1 : 0, supplier ? 1 : 0, (purchasing ? 4 : 0) | (random.Next(100) < 3 ? 1 : 0), approval, review,
            review == 1 ? null : psd, review == 1 ? null : Utc(reviewedOn, 600), 1, 0, Date(lastStepOn));
        versions.Add(plan.Id, id, 1, recorded, "benchmark", null,
            $"{{\"OfferedOn\":\"{Date(offered)}\",\"OfferorName\":\"A. Offeror\",\"OrganisationId\":{plan.Organisations[organisation]},\"Relationship\":{relationship},\"OfferType\":1,\"Description\":\"Offer recorded for the benchmark\",\"ValuePence\":{value},\"Outcome\":{outcome},\"Reason\":\"As the policy allows\",\"Disposal\":null,\"InvolvedInPurchasing\":{(purchasing ? "true" : "false")},\"IsCashOrEquivalent\":false}}");
        // The dated steps, oldest first (reports read the latest by id): declared, approval
        // decided, reviewed. The last written holds the row's own status (LastStepOn's rule).
        changes.Add(plan.Id, id, Date(declared), outcome, value, decided ? 2 : approval, 1, supplier ? 1 : 0, late ? 1 : 0, "benchmark", recorded);
        if (decided)
        {
            changes.Add(plan.Id, id, Date(approvedOn), outcome, value, approval, 1, supplier ? 1 : 0, late ? 1 : 0, "benchmark", Utc(approvedOn, 660));
        }

        if (review != 1)
        {
            changes.Add(plan.Id, id, Date(reviewedOn), outcome, value, approval, review, supplier ? 1 : 0, late ? 1 : 0, psd, Utc(reviewedOn, 600));
        }

        audit.Add(recorded, "benchmark", "officer", plan.Id, plan.Id, 1, "GiftDeclaration", id.ToString(CultureInfo.InvariantCulture), "{\"Outcome\":\"" + (accepted ? "Accepted" : "Declined") + "\"}");
    }

    private void AddInterest(ForcePlan plan, DateOnly submitted, long id, BulkTable interests, BulkTable steps, BulkTable versions, BulkTable audit)
    {
        var applicant = plan.People[random.Next(plan.People.Count)];
        var organisation = random.Next(plan.Organisations.Length);
        var age = options.Today.DayNumber - submitted.DayNumber;
        var decidedAfter = random.Next(5, 60);
        var decided = age > decidedAfter && random.Next(100) < 95;
        var withdrawn = !decided && random.Next(100) < 20;
        var outcome = !decided ? (int?)null : random.Next(100) switch { < 75 => 1, < 92 => 2, _ => 3 };
        var decidedOn = submitted.AddDays(decidedAfter);
        var appeal = outcome == 3 && random.Next(100) < 30;
        var status = withdrawn ? 8 : !decided ? random.Next(2, 5) : outcome == 3 ? (appeal ? 6 : 6) : 5;
        // Reviews fall due every year after approval; most are kept up to date.
        DateOnly? reviewDue = status == 5 ? decidedOn.AddYears(Math.Max(1, (options.Today.DayNumber - decidedOn.DayNumber) / 365 + (random.Next(100) < 5 ? 0 : 1))) : null;
        var kind = random.Next(1, 7);
        interests.Add(id, plan.Id, applicant, plan.DepartmentOf[applicant], status, Date(submitted.AddDays(-1)), kind, plan.Organisations[organisation], $"Org {organisation:D4} Ltd",
            random.Next(1, 7), "Weekend work for the benchmark", "8.0", "Rest days", "40.0", random.Next(1, 4), 1, Date(submitted.AddDays(30)), 0, 0, 0,
            Date(submitted), decided ? random.Next(1, 4) : null, 0, outcome, decided ? Date(decidedOn) : null,
            appeal ? Date(decidedOn.AddDays(10)) : null, appeal && age > decidedAfter + 40 ? random.Next(1, 3) : null, appeal && age > decidedAfter + 40 ? Date(decidedOn.AddDays(40)) : null,
            reviewDue is { } due ? Date(due) : null, withdrawn ? Date(submitted.AddDays(3)) : null, 1, 0);
        var at = Utc(submitted, 600);
        steps.Add(plan.Id, id, 1, Utc(submitted.AddDays(-1), 600), "benchmark", applicant, "Applicant", null, null);
        steps.Add(plan.Id, id, 3, at, "benchmark", applicant, "Applicant", null, null);
        if (decided)
        {
            steps.Add(plan.Id, id, 6, Utc(submitted.AddDays(decidedAfter / 2), 600), $"psd.{plan.Code}", plan.PsdPersonId == 0 ? null : plan.PsdPersonId, "psd", null, null);
            steps.Add(plan.Id, id, 7, Utc(decidedOn, 600), $"head-of-psd.{plan.Code}", null, "head-of-psd", outcome.ToString(), null);
        }

        // The figures count the dated steps: a withdrawal and an appeal have theirs, as the workflow writes them.
        if (withdrawn)
        {
            steps.Add(plan.Id, id, 8, Utc(submitted.AddDays(3), 600), "benchmark", applicant, "Applicant", null, null);
        }

        if (appeal)
        {
            steps.Add(plan.Id, id, 9, Utc(decidedOn.AddDays(10), 600), "benchmark", applicant, "Applicant", null, null);
            if (age > decidedAfter + 40)
            {
                steps.Add(plan.Id, id, 10, Utc(decidedOn.AddDays(40), 600), "benchmark", null, "deputy-chief-constable", null, null);
            }
        }

        versions.Add(plan.Id, id, 1, at, "benchmark",
            $"{{\"Kind\":{kind},\"OrganisationId\":{plan.Organisations[organisation]},\"Sector\":1,\"Work\":\"Weekend work for the benchmark\",\"HoursPerWeek\":8,\"WhenHoursFall\":\"Rest days\",\"ContractedHoursPerWeek\":40,\"PayBand\":1,\"InsideForceArea\":true,\"StartDate\":\"{Date(submitted.AddDays(30))}\",\"UsesPoliceSkills\":false,\"OrganisationSuppliesForce\":false,\"ConflictSeen\":null}}");
        audit.Add(at, "benchmark", "officer", plan.Id, plan.Id, 1, "BusinessInterest", id.ToString(CultureInfo.InvariantCulture), "{\"Status\":\"Submitted\"}");
    }

    private void AddContact(ForcePlan plan, DateOnly day, long id, BulkTable contacts, BulkTable leaks, BulkTable audit)
    {
        var person = plan.People[random.Next(plan.People.Count)];
        var outlet = random.Next(Math.Min(200, plan.Organisations.Length));
        var preArranged = random.Next(100) < 30;
        var minute = random.Next(8 * 60, 20 * 60);
        var contacted = Utc(day, minute);
        var recorded = preArranged && random.Next(100) < 60 ? Utc(day.AddDays(-1), minute) : Utc(day, Math.Min(minute + 90, 23 * 60));
        var acknowledged = options.Today.DayNumber - day.DayNumber > 3 || random.Next(100) < 50;
        var journalist = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
        contacts.Add(id, plan.Id, person, plan.DepartmentOf[person], contacted, journalist, plan.Organisations[outlet], $"Org {outlet:D4} Ltd", random.Next(1, 7),
            preArranged ? 1 : 0, random.Next(100) < 5 ? 1 : 0, "Appeal for witnesses", "Details already public", 1, "Duty inspector", recorded,
            acknowledged ? $"press-office.{plan.Code}" : null, acknowledged ? Utc(day.AddDays(1), 600) : null, 0);
        if (random.Next(1000) < 5)
        {
            var answered = options.Today.DayNumber - day.DayNumber > 14;
            leaks.Add($"press-office.{plan.Code}", Utc(day.AddDays(1), 700), plan.Id, journalist, id, plan.Organisations[outlet], $"Org {outlet:D4} Ltd",
                "Article carried details not in the briefing", answered ? random.Next(2, 4) : 1, 0, answered ? Date(day.AddDays(14)) : null);
        }

        audit.Add(recorded, "benchmark", "officer", plan.Id, plan.Id, 1, "MediaContact", id.ToString(CultureInfo.InvariantCulture), "{\"Method\":\"Phone\"}");
    }

    private void AddCase(ForcePlan plan, DateOnly opened, long id, BulkTable cases, BulkTable changes, BulkTable people, BulkTable log, BulkTable audit, string psd)
    {
        var age = options.Today.DayNumber - opened.DayNumber;
        var length = random.Next(30, 400);
        var closed = age > length;
        var closedOn = opened.AddDays(length);
        var reference = nextReference.GetValueOrDefault((plan.Series, opened.Year), 1000);
        nextReference[(plan.Series, opened.Year)] = reference + 1;
        var at = Utc(opened, 570);
        var category = random.Next(100) switch { < 20 => 1, < 35 => 2, < 55 => 3, < 70 => 4, < 80 => 5, < 88 => 6, _ => 7 };
        var origin = category == 2 && random.Next(100) < 30 ? 3 : random.Next(1, 7);
        cases.Add(id, plan.Id, plan.Series, opened.Year, reference, category, origin, "Case opened for the benchmark", Date(opened), closed ? Date(closedOn) : null,
            closed ? 3 : age > 30 ? 2 : 1, closed ? random.Next(1, 6) : null, psd, at, 0);
        changes.Add(plan.Id, id, 1, Date(opened), psd, at);
        if (age > 30)
        {
            changes.Add(plan.Id, id, 2, Date(opened.AddDays(30)), psd, Utc(opened.AddDays(30), 600));
        }

        if (closed)
        {
            changes.Add(plan.Id, id, 3, Date(closedOn), psd, Utc(closedOn, 600));
        }

        people.Add(plan.Id, id, plan.People[random.Next(plan.People.Count)], psd, at);
        log.Add(plan.Id, id, Date(opened), "Case opened", psd, at);
        log.Add(plan.Id, id, Date(opened.AddDays(Math.Min(age, 7))), "Enquiries made", psd, Utc(opened.AddDays(Math.Min(age, 7)), 900));
        audit.Add(at, psd, "psd", plan.Id, plan.Id, 1, "Investigation", id.ToString(CultureInfo.InvariantCulture), "{\"Status\":\"Open\"}");
    }

    /// <summary>Poisson counts: Knuth's method for small means, a rounded normal approximation above 30.</summary>
    private int Poisson(double mean)
    {
        if (mean > 30)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * normal));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Utc(DateOnly day, int minute) =>
        day.ToDateTime(new TimeOnly(minute / 60 % 24, minute % 60)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    /// <summary>Explicit ids from each table's current maximum, so a record's audit event can name it without a read back.</summary>
    private sealed class Ids(SqliteConnection connection, string[] tables)
    {
        private readonly Dictionary<string, long> next = tables.ToDictionary(t => t, t => Scalar(connection, $"SELECT COALESCE(MAX(Id), 0) + 1 FROM \"{t}\""));

        public long Next(string table)
        {
            var id = next[table];
            next[table] = id + 1;
            return id;
        }
    }
}
