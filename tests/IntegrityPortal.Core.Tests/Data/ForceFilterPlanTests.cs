using System.Data.Common;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Migrations.SqlServer;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

/// <summary>
/// The force filter must leave SQL that an index led by ForceId can serve: no OR for force
/// users, no force condition for national users, and SQLite's plan for the register's pages
/// searches an index instead of scanning the table or sorting it. The plans are printed to the
/// test output; docs/decisions/0036-index-friendly-force-filter.md quotes them.
/// </summary>
public class ForceFilterPlanTests
{
    private static async Task<(string Path, int Cumbria, int Warwickshire, int WestMercia)> DatabaseAsync()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var ids = await db.Forces.ToDictionaryAsync(f => f.Code, f => f.Id);
        return (path, ids["cumbria"], ids["warwickshire"], ids["west-mercia"]);
    }

    private static TestActor Psd(params int[] forceIds) =>
        new("psd.test", forceIds[0], new ForceScope(false, forceIds), Roles.Psd);

    private static TestActor Inspector() => new("inspector.test", null, ForceScope.AllForces, Roles.Inspector);

    private static IQueryable<GiftRegisterRow> DefaultRegisterPage(IntegrityDbContext db, GiftRegisterFilter? filter = null, string? sort = null) =>
        GiftRegisterFilter.Project((filter ?? new GiftRegisterFilter()).Apply(db.GiftDeclarations, sort)).Take(50);

    /// <summary>SQLite's plan for the query with EF's own parameter values, one line per step.</summary>
    internal static async Task<IReadOnlyList<string>> PlanAsync(IQueryable query)
    {
        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        if (command.Connection!.State != System.Data.ConnectionState.Open)
        {
            await command.Connection.OpenAsync();
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(query.ToQueryString());
        output?.WriteLine(string.Join(Environment.NewLine, lines));
        return lines;
    }

    [Fact]
    public async Task ForceUser_SqlHasNoOr_AndTheRegisterSearchesAnIndexWithoutSorting()
    {
        var (path, cumbria, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Psd(cumbria));
        var query = DefaultRegisterPage(db);

        var sql = query.ToQueryString();
        var plan = await PlanAsync(query);

        Assert.DoesNotContain(" OR ", sql);
        Assert.Contains(plan, l => l.StartsWith("SEARCH g USING INDEX IX_GiftDeclarations_ForceId_OfferedOn", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, ScansTheTable);
        Assert.DoesNotContain(plan, l => l.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>A full scan of the declarations ("SCAN g0" is the 50-row page EF wraps, not the table).</summary>
    private static bool ScansTheTable(string step) => step == "SCAN g" || step.StartsWith("SCAN g ", StringComparison.Ordinal);

    [Fact]
    public async Task NationalUser_SqlHasNoForceCondition_AndTheRegisterReadsTheDateIndexInOrder()
    {
        var (path, _, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Inspector());
        var query = DefaultRegisterPage(db);

        var sql = query.ToQueryString();
        var plan = await PlanAsync(query);

        Assert.DoesNotContain("ForceId\" IN", sql);
        Assert.DoesNotContain(" OR ", sql);
        Assert.Contains(plan, l => l.StartsWith("SCAN g USING INDEX IX_GiftDeclarations_OfferedOn", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => l.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForceUser_OrganisationPrefix_SeeksARangeOfTheCaseInsensitiveIndex()
    {
        var (path, cumbria, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Psd(cumbria));
        var query = DefaultRegisterPage(db, new GiftRegisterFilter { Organisation = "org 01" });

        var plan = await PlanAsync(query);

        Assert.Contains(plan, l => l.StartsWith("SEARCH g USING INDEX IX_GiftDeclarations_ForceId_OrganisationName_NoCase (ForceId=? AND OrganisationName>? AND OrganisationName<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, ScansTheTable);
    }

    [Fact]
    public async Task AllianceUser_SeesBothForces_WithoutOr()
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Psd(warwickshire, westMercia));
        var query = DefaultRegisterPage(db);

        var sql = query.ToQueryString();
        await PlanAsync(query);
        var forces = await db.GiftDeclarations.Select(d => d.ForceId).Distinct().OrderBy(f => f).ToListAsync();

        Assert.DoesNotContain(" OR ", sql);
        Assert.Equal(new[] { warwickshire, westMercia }.Order(), forces);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NationalAndForceUsers_InOneProcess_NeverShareACompiledQuery(bool nationalFirst)
    {
        var (path, cumbria, _, _) = await DatabaseAsync();
        // The same query text for both, so only the model can tell them apart.
        static Task<List<int>> ForcesWithDeclarationsAsync(IntegrityDbContext db) =>
            db.GiftDeclarations.Select(d => d.ForceId).Distinct().OrderBy(f => f).ToListAsync();
        var users = nationalFirst ? new[] { Inspector(), Psd(cumbria) } : [Psd(cumbria), Inspector()];

        var seen = new List<List<int>>();
        foreach (var user in users)
        {
            await using var db = TestDatabase.Open(path, user);
            seen.Add(await ForcesWithDeclarationsAsync(db));
        }

        var national = seen[nationalFirst ? 0 : 1];
        var force = seen[nationalFirst ? 1 : 0];
        Assert.Equal([cumbria], force);
        Assert.True(national.Count > 1, "the national user sees declarations of several forces");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OneForceAndAllianceUsers_InOneProcess_NeverShareACompiledQuery(bool allianceFirst)
    {
        var (path, cumbria, warwickshire, westMercia) = await DatabaseAsync();
        static Task<List<int>> ForcesWithDeclarationsAsync(IntegrityDbContext db) =>
            db.GiftDeclarations.Select(d => d.ForceId).Distinct().OrderBy(f => f).ToListAsync();
        var users = allianceFirst ? new[] { Psd(warwickshire, westMercia), Psd(cumbria) } : [Psd(cumbria), Psd(warwickshire, westMercia)];

        var seen = new List<List<int>>();
        foreach (var user in users)
        {
            await using var db = TestDatabase.Open(path, user);
            seen.Add(await ForcesWithDeclarationsAsync(db));
        }

        Assert.Equal([cumbria], seen[allianceFirst ? 1 : 0]);
        Assert.Equal(new[] { warwickshire, westMercia }.Order(), seen[allianceFirst ? 0 : 1]);
    }

    [Fact]
    public async Task EachShapeOfScope_HasAModelCacheKeyOfItsOwn()
    {
        var (path, cumbria, warwickshire, westMercia) = await DatabaseAsync();
        object KeyOf(TestActor user)
        {
            using var db = TestDatabase.Open(path, user);
            return new ForceScopeModelCacheKeyFactory().Create(db, designTime: false);
        }

        var national = KeyOf(Inspector());
        var oneForce = KeyOf(Psd(cumbria));
        var anotherForce = KeyOf(Psd(warwickshire));
        var alliance = KeyOf(Psd(warwickshire, westMercia));

        Assert.Equal(oneForce, anotherForce);
        Assert.Equal(3, new[] { national, oneForce, alliance }.Distinct().Count());
    }

    /// <summary>
    /// A user of one force is filtered by one scalar parameter, so EF writes each query's SQL once
    /// and reuses it (the same string each time). A list of forces is expanded into a parameter per
    /// force, and EF writes that SQL again on every execution, under a lock (decision 0081).
    /// </summary>
    [Fact]
    public async Task OneForceUser_FilterIsOneScalarParameter_AndEfWritesTheSqlOnce()
    {
        var (path, cumbria, warwickshire, westMercia) = await DatabaseAsync();
        static async Task<string[]> SqlOfTwoExecutionsAsync(string path, TestActor user)
        {
            var texts = new string[2];
            for (var i = 0; i < 2; i++)
            {
                await using var db = TestDatabase.Open(path, user);
                await using var command = DefaultRegisterPage(db).CreateDbCommand();
                texts[i] = command.CommandText;
            }

            return texts;
        }

        var oneForce = await SqlOfTwoExecutionsAsync(path, Psd(cumbria));
        var alliance = await SqlOfTwoExecutionsAsync(path, Psd(warwickshire, westMercia));

        Assert.Contains("\"g\".\"ForceId\" = @ef_filter__ScopeOnlyForceId", oneForce[0]);
        Assert.DoesNotContain(" IN (", oneForce[0]);
        Assert.Same(oneForce[0], oneForce[1]);
        Assert.Contains("\"g\".\"ForceId\" IN (", alliance[0]);
        Assert.NotSame(alliance[0], alliance[1]);
    }

    [Theory]
    [InlineData("date-desc")]
    [InlineData("date-asc")]
    [InlineData("value-desc")]
    [InlineData("value-asc")]
    [InlineData("declarant-asc")]
    [InlineData("declarant-desc")]
    [InlineData("organisation-asc")]
    [InlineData("organisation-desc")]
    public async Task AllianceUser_PageFromPerForceCandidates_EqualsThePageOfOneSort(string sort)
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        var filter = new GiftRegisterFilter();
        const int skip = 5, take = 10;

        var sorted = await GiftRegisterFilter.Project(filter.Apply(db.GiftDeclarations, sort)).Skip(skip).Take(take).ToListAsync();
        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, sort),
            keys => GiftRegisterFilter.OrderedKeys(keys, sort), d => d.ForceId, skip, take);
        var merged = await GiftRegisterFilter.Project(GiftRegisterFilter.Ordered(db.GiftDeclarations.Where(d => ids.Contains(d.Id)), sort)).ToListAsync();

        Assert.Equal(take, sorted.Count);
        Assert.Equal(sorted.Select(r => r.Id), merged.Select(r => r.Id));
        Assert.Equal(sorted.Select(r => r.Id), await ids.ToListAsync());
        // The page really is merged from one arm per force.
        Assert.Equal(1, CountOf(ids.ToQueryString(), "UNION ALL"));
    }

    [Fact]
    public async Task AllianceUser_MediaLogPageFromPerForceCandidates_EqualsThePageOfOneSort()
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        var filter = new MediaContactFilter();
        const int skip = 2, take = 5;

        var sorted = await MediaContactFilter.Project(filter.Apply(db.MediaContacts)).Skip(skip).Take(take).ToListAsync();
        var ids = PerForcePage.Ids(db.MediaContacts, actor.Scope, null, filter.Keys, MediaContactFilter.OrderedKeys, c => c.ForceId, skip, take);
        var merged = await MediaContactFilter.Project(filter.Apply(db.MediaContacts.Where(c => ids.Contains(c.Id)))).ToListAsync();

        Assert.Equal(take, sorted.Count);
        Assert.Equal(sorted.Select(r => r.Id), merged.Select(r => r.Id));
        Assert.Equal(1, CountOf(ids.ToQueryString(), "UNION ALL"));
    }

    [Fact]
    public async Task AllianceUser_MediaLogNotAuthorised_ReadsEachForcesAuthorisedIndex()
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        var filter = new MediaContactFilter { NotAuthorisedOnly = true };
        var ids = PerForcePage.Ids(db.MediaContacts, actor.Scope, null, filter.Keys, MediaContactFilter.OrderedKeys, c => c.ForceId, 0, 50);

        var plan = await PlanAsync(ids);

        // "WasAuthorised = @no", not EF's bare "NOT WasAuthorised", which SQLite cannot seek.
        Assert.Equal(2, plan.Count(l => l.Contains("USING COVERING INDEX IX_MediaContacts_ForceId_WasAuthorised_ContactedUtc (ForceId=? AND WasAuthorised=?)", StringComparison.Ordinal)));
        Assert.Equal(await MediaContactFilter.Project(filter.Apply(db.MediaContacts)).Take(50).Select(r => r.Id).ToListAsync(), await ids.ToListAsync());
    }

    [Fact]
    public async Task OneForceUser_PageIsChosenFromTheIndex_WithoutAUnion()
    {
        var (path, cumbria, _, _) = await DatabaseAsync();
        var actor = Psd(cumbria);
        await using var db = TestDatabase.Open(path, actor);
        var filter = new GiftRegisterFilter();

        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, null),
            keys => GiftRegisterFilter.OrderedKeys(keys, null), d => d.ForceId, 50, 51);
        var plan = await PlanAsync(ids);

        Assert.DoesNotContain("UNION", ids.ToQueryString(), StringComparison.Ordinal);
        Assert.Contains(plan, l => l.StartsWith("SEARCH g USING COVERING INDEX IX_GiftDeclarations_ForceId_OfferedOn (ForceId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => l.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllianceUser_DeepPage_ReadsEachForcesCoveringIndexInOrder_AndNeverScansTheTable()
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        var filter = new GiftRegisterFilter();
        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, null),
            keys => GiftRegisterFilter.OrderedKeys(keys, null), d => d.ForceId, 40 * 50, 51);

        var plan = await PlanAsync(ids);

        // One arm per force (the table is "g" in one, "g0" in the other), each reading the keys
        // and dates in order from the force's covering index, never the rows; only the
        // candidates are sorted for the page.
        Assert.Contains(plan, l => l.StartsWith("SEARCH g USING COVERING INDEX IX_GiftDeclarations_ForceId_OfferedOn (ForceId=?)", StringComparison.Ordinal));
        Assert.Contains(plan, l => l.StartsWith("SEARCH g0 USING COVERING INDEX IX_GiftDeclarations_ForceId_OfferedOn (ForceId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => ScansTheTable(l) || l == "SCAN g0" || l.StartsWith("SCAN g0 ", StringComparison.Ordinal));
    }

    /// <summary>Register filters whose alliance pages were slow (measured on the national set).</summary>
    private static GiftRegisterFilter FilterNamed(string name) => name switch
    {
        "late" => new GiftRegisterFilter { LateOnly = true },
        "supplier" => new GiftRegisterFilter { SupplierOnly = true },
        "value" => new GiftRegisterFilter { MinValue = 100, MaxValue = 150 },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("late", "IX_GiftDeclarations_ForceId_IsLate_OfferedOn (ForceId=? AND IsLate=?)")]
    [InlineData("supplier", "IX_GiftDeclarations_ForceId_IsFromSupplier_OfferedOn (ForceId=? AND IsFromSupplier=?)")]
    [InlineData("value", "IX_GiftDeclarations_ForceId_ValuePence_OfferedOn (ForceId=? AND ValuePence>? AND ValuePence<?)")]
    public async Task AllianceUser_FilteredPage_ReadsEachForcesCoveringIndex_AndEqualsThePageOfOneSort(string filterName, string index)
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        var filter = FilterNamed(filterName);

        var sorted = await GiftRegisterFilter.Project(filter.Apply(db.GiftDeclarations, null)).Take(50).ToListAsync();
        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, null),
            keys => GiftRegisterFilter.OrderedKeys(keys, null), d => d.ForceId, 0, 50);
        var plan = await PlanAsync(ids);

        // Each force's arm seeks its filter's index and reads the keys and dates from it alone:
        // "IsLate = @yes" rather than a bare "IsLate", which SQLite cannot seek; the value range
        // with the date in the index, rather than the table read for each row in the range.
        Assert.Contains(plan, l => l == $"SEARCH g USING COVERING INDEX {index}");
        Assert.Contains(plan, l => l == $"SEARCH g0 USING COVERING INDEX {index}");
        Assert.NotEmpty(sorted);
        Assert.Equal(sorted.Select(r => r.Id), await ids.ToListAsync());
    }

    [Fact]
    public async Task AllianceUser_SortedByDeclarant_ReadsEachForcesPeopleInNameOrder()
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        // With the statistics the portal gathers each night, as the national data set has them:
        // without any, SQLite guesses, and may still join from the declarations as it did before
        // the condition.
        await db.Database.ExecuteSqlRawAsync(SqliteStatistics.Optimize, TestContext.Current.CancellationToken);
        var filter = new GiftRegisterFilter();
        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, "declarant-asc"),
            keys => GiftRegisterFilter.OrderedKeys(keys, "declarant-asc"), d => d.ForceId, 0, 50);

        var plan = await PlanAsync(ids);

        // Each arm walks its force's people in name order and their declarations by index,
        // sorting only each person's declarations by key, instead of joining and sorting all of
        // the force's declarations; only the candidates are sorted for the page.
        Assert.Equal(2, plan.Count(l => l.StartsWith("SEARCH p", StringComparison.Ordinal) && l.EndsWith("USING COVERING INDEX IX_People_ForceId_FamilyName_GivenName (ForceId=?)", StringComparison.Ordinal)));
        Assert.Equal(2, plan.Count(l => l.Contains("USING COVERING INDEX IX_GiftDeclarations_ForceId_DeclarantId_OfferedOn (ForceId=? AND DeclarantId=?)", StringComparison.Ordinal)));
        Assert.Equal(2, plan.Count(l => l == "USE TEMP B-TREE FOR LAST TERM OF ORDER BY"));
        Assert.Equal(1, plan.Count(l => l == "USE TEMP B-TREE FOR ORDER BY"));
    }

    [Theory]
    [InlineData("value-desc")]
    [InlineData("value-asc")]
    public async Task OneForceUser_SortedByValue_ReadsTheValueIndexInOrder(string sort)
    {
        var (path, cumbria, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Psd(cumbria));
        var query = DefaultRegisterPage(db, sort: sort);

        var plan = await PlanAsync(query);

        // Ties in value go by date of offer, then the key: the index's own order, so no sort.
        Assert.Contains(plan, l => l.StartsWith("SEARCH g USING INDEX IX_GiftDeclarations_ForceId_ValuePence_OfferedOn (ForceId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => l.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllianceUser_PagePastTheCap_IsChosenFromTheWholeSort()
    {
        var (path, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = Psd(warwickshire, westMercia);
        await using var db = TestDatabase.Open(path, actor);
        var filter = new GiftRegisterFilter();

        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, null),
            keys => GiftRegisterFilter.OrderedKeys(keys, null), d => d.ForceId, PerForcePage.MaxRowsPerForce, 51);

        Assert.DoesNotContain("UNION", ids.ToQueryString(), StringComparison.Ordinal);
        Assert.Empty(await ids.ToListAsync());
    }

    [Theory]
    [InlineData("date-desc")]
    [InlineData("declarant-asc")]
    [InlineData("organisation-desc")]
    public void AllianceUser_PageQuery_TranslatesForSqlServer(string sort)
    {
        // Production runs on SQL Server: the union of ordered, limited arms inside the page's
        // IN (...) must translate there too (no server is needed to write the SQL).
        var actor = Psd(5, 6);
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlServer("Server=(none);Database=IntegrityPortal", o => o.MigrationsAssembly(SqlServerMigrations.AssemblyName))
            .Options;
        using var db = new IntegrityDbContext(options, actor, TimeProvider.System);
        var filter = new GiftRegisterFilter();
        var ids = PerForcePage.Ids(db.GiftDeclarations, actor.Scope, null, q => filter.Keys(q, sort),
            keys => GiftRegisterFilter.OrderedKeys(keys, sort), d => d.ForceId, 40 * 50, 51);

        var sql = GiftRegisterFilter.Project(GiftRegisterFilter.Ordered(db.GiftDeclarations.Where(d => ids.Contains(d.Id)), sort)).ToQueryString();

        Assert.Equal(1, CountOf(sql, "UNION ALL"));
        Assert.Equal(2, CountOf(sql, "SELECT TOP("));
        Assert.Contains("OFFSET", sql, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
