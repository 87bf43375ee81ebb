using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Investigations;

public class InvestigationFiguresTests
{
    private static readonly DateOnly From = new(2011, 9, 1);
    private static readonly DateOnly To = new(2012, 5, 31);

    /// <summary>
    /// The table of docs/domain.md (HMIC's force reports, September 2011 to May 2012): cases
    /// instigated, media-disclosure cases, of which continuing (null: not stated), social media
    /// cases referred, and the anti-corruption unit's staffing since 2011.
    /// </summary>
    [Theory]
    [InlineData("dyfed-powys", 31, 4, 3, 2, StaffingDirection.NoChange)]
    [InlineData("cumbria", 17, 1, null, 4, StaffingDirection.NoChange)]
    [InlineData("avon-and-somerset", 61, 6, null, 2, StaffingDirection.NoChange)]
    [InlineData("thames-valley", 59, 3, 1, 7, StaffingDirection.Reduction)]
    [InlineData("warwickshire", 42, 2, null, 1, StaffingDirection.NoChange)]
    public async Task DemoData_GivesEachForceTheFiguresOfItsReport(string force, int instigated, int media, int? continuing, int socialMedia, StaffingDirection staffing)
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var forceId = await db.Forces.Where(f => f.Code == force).Select(f => f.Id).SingleAsync();

        var figures = await InvestigationFigures.ForPeriodAsync(db, forceId, From, To);

        Assert.Equal(instigated, figures.Instigated);
        Assert.Equal(media, figures.For(InvestigationCategory.InappropriateDisclosureToMedia).Instigated);
        if (continuing is { } stated)
        {
            Assert.Equal(stated, figures.For(InvestigationCategory.InappropriateDisclosureToMedia).ContinuingAtPeriodEnd);
        }

        Assert.Equal(socialMedia, figures.SocialMediaFromExternalReferral);
        Assert.Equal(staffing, figures.Staffing.Direction);
    }

    [Fact]
    public async Task DemoData_HasCasesOutsideThePeriodInEveryStatus()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var forceId = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var outside = db.Investigations.Where(i => i.ForceId == forceId && (i.OpenedOn < From || i.OpenedOn > To));

        Assert.True(await outside.AnyAsync(i => i.OpenedOn < From));
        foreach (var status in Enum.GetValues<InvestigationStatus>())
        {
            Assert.True(await outside.AnyAsync(i => i.Status == status), $"No {status} case outside the period");
        }

        Assert.True(await db.InvestigationPeople.AnyAsync(p => p.ForceId == forceId));
        Assert.True(await db.InvestigationLogEntries.AnyAsync(e => e.ForceId == forceId));
    }

    [Fact]
    public async Task Figures_CountOnlyThePeriod_ContinuingByTheDateClosed_AndSocialMediaByOrigin()
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = setup.Open();
        var workflow = new InvestigationWorkflow(db);

        async Task<Investigation> Case(DateOnly opened, InvestigationCategory category = InvestigationCategory.Other,
            InvestigationOrigin origin = InvestigationOrigin.Audit, DateOnly? closed = null)
        {
            var investigation = await workflow.OpenAsync(setup.Cumbria, category, origin, opened, "Test case");
            if (closed is { } on)
            {
                workflow.Close(investigation, on, InvestigationOutcome.NoCaseToAnswer, null);
            }

            await db.SaveChangesAsync();
            return investigation;
        }

        await Case(From.AddDays(-1));
        await Case(To.AddDays(1));
        await Case(From, InvestigationCategory.InappropriateDisclosureToMedia, closed: To);
        await Case(From.AddDays(3), InvestigationCategory.InappropriateDisclosureToMedia, closed: To.AddDays(1));
        await Case(To, InvestigationCategory.InappropriateDisclosureToMedia);
        await Case(To, InvestigationCategory.SocialMediaConduct, InvestigationOrigin.ExternalResearchReferral);
        await Case(To, InvestigationCategory.SocialMediaConduct, InvestigationOrigin.InternalReferral);
        await Case(From, InvestigationCategory.Procurement, InvestigationOrigin.ExternalResearchReferral);

        var figures = await InvestigationFigures.ForPeriodAsync(db, setup.Cumbria, From, To);
        var media = figures.For(InvestigationCategory.InappropriateDisclosureToMedia);

        Assert.Equal(6, figures.Instigated);
        Assert.Equal((3, 2, 1), (media.Instigated, media.ContinuingAtPeriodEnd, media.OpenNow));
        Assert.Equal(2, figures.For(InvestigationCategory.SocialMediaConduct).Instigated);
        Assert.Equal(1, figures.SocialMediaFromExternalReferral);
        Assert.Equal(0, (await InvestigationFigures.ForPeriodAsync(db, setup.ThamesValley, From, To)).Instigated);
    }

    [Theory]
    [InlineData(6, 5.5, 6, 5.5, StaffingDirection.NoChange)]
    [InlineData(6, 5.5, 6, 5.0, StaffingDirection.Reduction)]
    [InlineData(6, 5.5, 7, 5.0, StaffingDirection.Reduction)]
    [InlineData(6, 5.5, 5, 5.5, StaffingDirection.Reduction)]
    [InlineData(6, 5.5, 6, 6.5, StaffingDirection.Increase)]
    [InlineData(6, 5.5, 7, 5.5, StaffingDirection.Increase)]
    public async Task Staffing_ComparesTheLatestRecordOnOrBeforeEachDate(int posts, double fte, int laterPosts, double laterFte, StaffingDirection expected)
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = setup.Open();
        db.AcuStaffing.AddRange(
            new AcuStaffing { ForceId = setup.Cumbria, AsOn = From.AddMonths(-5), Posts = 1, FullTimeEquivalent = 1m, RecordedBy = "t" },
            new AcuStaffing { ForceId = setup.Cumbria, AsOn = From.AddMonths(-1), Posts = posts, FullTimeEquivalent = (decimal)fte, RecordedBy = "t" },
            new AcuStaffing { ForceId = setup.Cumbria, AsOn = To.AddMonths(-1), Posts = laterPosts, FullTimeEquivalent = (decimal)laterFte, RecordedBy = "t" },
            new AcuStaffing { ForceId = setup.Cumbria, AsOn = To.AddDays(1), Posts = 99, FullTimeEquivalent = 99m, RecordedBy = "t" });
        await db.SaveChangesAsync();

        var change = await StaffingChange.BetweenAsync(db, setup.Cumbria, From, To);

        Assert.Equal(expected, change.Direction);
        Assert.Equal((posts, (decimal)fte), (change.AtBaseline!.Posts, change.AtBaseline.FullTimeEquivalent));
        Assert.Equal(laterPosts, change.AtEnd!.Posts);
    }

    [Fact]
    public async Task Staffing_WithNothingRecordedBeforeTheBaseline_IsNotKnown()
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = setup.Open();

        var change = await StaffingChange.BetweenAsync(db, setup.Cumbria, From, To);

        Assert.Equal(StaffingDirection.NotKnown, change.Direction);
    }
}
