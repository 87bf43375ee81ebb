using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Investigations;

public class SuspectedLeaksTests
{
    private static async Task<(InvestigationTestSetup Setup, int LeakId, int ContactId)> FlagAsync()
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = TestDatabase.Open(setup.Path, SystemActor.Instance, InvestigationTestSetup.Clock);
        var contact = await SuspectedLeakData.ContactAsync(db, "officer.cumbria", "Jo Reporter", "Cumbrian Evening News", new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc));
        var leak = await SuspectedLeakData.FlagAsync(db, contact);
        return (setup, leak.Id, contact.Id);
    }

    [Fact]
    public async Task OpenCase_FromAFlag_LinksTheContactAndAnswersTheFlag()
    {
        var (setup, leakId, contactId) = await FlagAsync();
        int caseId;
        await using (var db = setup.Open())
        {
            var leak = await db.SuspectedLeaks.SingleAsync(l => l.Id == leakId);
            var investigation = await new SuspectedLeaks(db).OpenCaseAsync(leak, InvestigationCategory.InappropriateDisclosureToMedia,
                InvestigationOrigin.PressOfficeFlag, InvestigationTestSetup.Today, "Leak to the Evening News");
            await db.SaveChangesAsync();
            caseId = investigation.Id;
        }

        await using var check = setup.Open();
        var answered = await check.SuspectedLeaks.SingleAsync(l => l.Id == leakId);
        var opened = await check.Investigations.Include(i => i.Links).Include(i => i.LogEntries).SingleAsync(i => i.Id == caseId);
        Assert.Equal((SuspectedLeakStatus.CaseOpened, (int?)caseId), (answered.Status, answered.InvestigationId));
        Assert.Equal((InvestigationOrigin.PressOfficeFlag, setup.Cumbria), (opened.Origin, opened.ForceId));
        var link = Assert.Single(opened.Links);
        Assert.Equal((LinkedRecordKind.MediaContact, contactId), (link.Kind, link.RecordId));
        Assert.StartsWith($"Opened from the press office's flag SL-{leakId:D6}", Assert.Single(opened.LogEntries).Text);
    }

    [Fact]
    public async Task AnsweredFlag_CannotBeAnsweredAgain()
    {
        var (setup, leakId, _) = await FlagAsync();
        await using var db = setup.Open();
        var leak = await db.SuspectedLeaks.SingleAsync(l => l.Id == leakId);
        var leaks = new SuspectedLeaks(db);

        Assert.Equal("PsdNote", Assert.Throws<InvestigationRuleException>(() => leaks.RecordNoCase(leak, " ")).Field);
        leaks.RecordNoCase(leak, "Information was already public");
        await db.SaveChangesAsync();

        Assert.Equal(SuspectedLeakStatus.NoCaseOpened, leak.Status);
        Assert.Equal(SuspectedLeaks.AlreadyAnswered, Assert.Throws<InvestigationRuleException>(() => leaks.RecordNoCase(leak, "Again")).Message);
        var open = await Assert.ThrowsAsync<InvestigationRuleException>(() =>
            leaks.OpenCaseAsync(leak, InvestigationCategory.Other, InvestigationOrigin.Other, InvestigationTestSetup.Today, "x"));
        Assert.Equal(SuspectedLeaks.AlreadyAnswered, open.Message);
        Assert.Empty(await db.Investigations.ToListAsync());
    }
}
