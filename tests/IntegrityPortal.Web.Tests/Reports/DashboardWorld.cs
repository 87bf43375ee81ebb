using AngleSharp.Dom;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>A clock stopped at one instant: records made "on" a past date through the workflows.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// A hand-made data set for the dashboard, in Cumbria over a database with no register records.
/// The portal's today is 15 November 2030, so this quarter is October to December 2030 and the
/// previous one July to September 2030. Every record is made through its workflow on its own
/// date (a stopped clock), so its dated status changes are as they would be. Every name and free
/// text field carries <see cref="Canary"/>, so a test can show none of them reaches the pages.
/// </summary>
public static class DashboardWorld
{
    public const string Force = "cumbria";
    public const string Canary = "Quillfeather";
    public static readonly DateTimeOffset Now = new(2030, 11, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The portal's clock: <see cref="Now"/>, moving on from there.</summary>
    public static ShiftedClock Clock() => new() { Shift = Now - DateTimeOffset.UtcNow };

    public static async Task<PortalFactory> CreateAsync() => new(await TestDatabase.CreateCopyAsync(withGifts: false), Clock());

    /// <summary>A context whose clock is stopped at noon UTC on <paramref name="date"/> (or at the given time).</summary>
    public static IntegrityDbContext On(PortalFactory factory, DateOnly date, int hour = 12, int minute = 0) =>
        TestDatabase.Open(factory.DatabasePath, SystemActor.Instance, new StoppedClock(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero)));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>References of every record made, to search the pages for.</summary>
    public sealed record Planted(List<string> References);

    public static async Task<Planted> PlantAsync(PortalFactory factory)
    {
        var references = new List<string>();
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // Canary names for the people who will have records.
            foreach (var user in new[] { "officer.cumbria", "staff.cumbria", "psd.cumbria" })
            {
                var person = await PersonAsync(db, user);
                person.GivenName = $"{Canary}{user.Split('.')[0]}";
                person.FamilyName = $"{Canary}son";
            }

            await db.SaveChangesAsync();
        }

        // Gifts and hospitality: two declarations last quarter, three this quarter.
        var g1 = await DeclareAsync(factory, "officer.cumbria", D(2030, 8, 10), D(2030, 8, 1), OfferOutcome.Accepted, 20_00);
        var g2 = await DeclareAsync(factory, "staff.cumbria", D(2030, 9, 20), D(2030, 9, 10), OfferOutcome.Declined, 30_00);
        var g3 = await DeclareAsync(factory, "officer.cumbria", D(2030, 10, 5), D(2030, 10, 1), OfferOutcome.Accepted, 10_00);
        var g4 = await DeclareAsync(factory, "staff.cumbria", D(2030, 10, 10), D(2030, 9, 5), OfferOutcome.Declined, 40_00);
        var g5 = await DeclareAsync(factory, "psd.cumbria", D(2030, 11, 10), D(2030, 11, 8), OfferOutcome.Declined, 15_00);
        await ReviewAsync(factory, g1, D(2030, 9, 25));
        await ReviewAsync(factory, g2, D(2030, 10, 3));
        await ReviewAsync(factory, g3, D(2030, 10, 20));
        references.AddRange(new[] { g1, g2, g3, g4, g5 }.Select(id => $"GH-{id:D6}"));

        // Business interests: two decided last quarter (one refused and appealed), three submitted this quarter.
        references.Add(await InterestAsync(factory, "officer.cumbria", D(2030, 7, 1), D(2030, 7, 21), DecisionOutcome.Approved, reviewDue: D(2031, 7, 21)));
        references.Add(await InterestAsync(factory, "officer.cumbria", D(2030, 8, 1), D(2030, 8, 31), DecisionOutcome.Refused,
            appealLodged: D(2030, 9, 10), appealDecided: D(2030, 10, 5), reviewDue: D(2031, 10, 5)));
        references.Add(await InterestAsync(factory, "staff.cumbria", D(2030, 10, 1), D(2030, 10, 11), DecisionOutcome.Approved, reviewDue: D(2030, 11, 1)));
        references.Add(await InterestAsync(factory, "officer.cumbria", D(2030, 10, 20), D(2030, 11, 5), DecisionOutcome.Refused));
        references.Add(await InterestAsync(factory, "psd.cumbria", D(2030, 11, 1), null, null));

        // Media: two contacts last quarter, three this one (one at 00:30 on 1 October, UK summer time).
        var m1 = await ContactAsync(factory, "officer.cumbria", new DateTime(2030, 8, 5, 10, 0, 0, DateTimeKind.Utc), acknowledgedOn: D(2030, 8, 6));
        var m2 = await ContactAsync(factory, "officer.cumbria", new DateTime(2030, 9, 30, 22, 30, 0, DateTimeKind.Utc), acknowledgedOn: D(2030, 10, 2));
        var m0 = await ContactAsync(factory, "staff.cumbria", new DateTime(2030, 9, 30, 23, 30, 0, DateTimeKind.Utc), acknowledgedOn: null);
        var m3 = await ContactAsync(factory, "staff.cumbria", new DateTime(2030, 10, 10, 9, 0, 0, DateTimeKind.Utc), acknowledgedOn: D(2030, 10, 11));
        var m4 = await ContactAsync(factory, "psd.cumbria", new DateTime(2030, 11, 12, 9, 0, 0, DateTimeKind.Utc), acknowledgedOn: null);
        references.AddRange(new[] { m1, m2, m0, m3, m4 }.Select(id => $"MC-{id:D6}"));
        var (l1, i0) = await FlagAsync(factory, m1, D(2030, 8, 20), answerOn: D(2030, 8, 25), openCase: true);
        var (l2, _) = await FlagAsync(factory, m3, D(2030, 10, 15), answerOn: D(2030, 10, 20), openCase: false);
        var (l3, _) = await FlagAsync(factory, m4, D(2030, 11, 13), answerOn: null, openCase: false);
        references.AddRange(new[] { l1, l2, l3 }.Select(id => $"SL-{id:D6}"));
        references.Add(i0!);

        // Investigations besides the one opened from the flag: an old open case, one closed last
        // quarter and reopened this quarter, one opened and closed this quarter, one open.
        references.Add(await CaseAsync(factory, InvestigationCategory.Other, D(2028, 10, 15)));
        references.Add(await CaseAsync(factory, InvestigationCategory.GiftsAndHospitality, D(2030, 7, 10), closeOn: D(2030, 9, 15), reopenOn: D(2030, 10, 20)));
        references.Add(await CaseAsync(factory, InvestigationCategory.BusinessInterests, D(2030, 10, 2), closeOn: D(2030, 11, 1)));
        references.Add(await CaseAsync(factory, InvestigationCategory.InappropriateDisclosureToMedia, D(2030, 11, 5)));

        // Anti-corruption unit staffing from January 2029, reduced in August 2030.
        await using (var db = On(factory, D(2030, 8, 1)))
        {
            var forceId = await ForceIdAsync(db);
            db.AcuStaffing.Add(new AcuStaffing { ForceId = forceId, AsOn = D(2029, 1, 1), Posts = 6, FullTimeEquivalent = 5.5m, Note = $"{Canary} baseline", RecordedBy = "psd.cumbria", RecordedUtc = Now.UtcDateTime });
            db.AcuStaffing.Add(new AcuStaffing { ForceId = forceId, AsOn = D(2030, 8, 1), Posts = 5, FullTimeEquivalent = 4.5m, Note = $"{Canary} post cut", RecordedBy = "psd.cumbria", RecordedUtc = Now.UtcDateTime });
            await db.SaveChangesAsync();
        }

        // Procurement cross-check: one match last quarter settled this quarter, two raised this quarter (one settled).
        await using (var db = On(factory, D(2030, 11, 1)))
        {
            var forceId = await ForceIdAsync(db);
            ProcurementMatch Match(int declaration, MatchPriority priority, DateTime raisedUtc, MatchStatus status, DateTime? settledUtc) => new()
            {
                ForceId = forceId, Kind = MatchKind.OfferFromSupplier, LeftKind = MatchRecordKind.GiftDeclaration, LeftId = declaration,
                RightKind = MatchRecordKind.Organisation, RightId = declaration, Score = 100, Reason = $"{Canary} Catering Ltd is a supplier",
                Priority = priority, RaisedUtc = raisedUtc, Status = status, SettledUtc = settledUtc,
                SettledBy = settledUtc is null ? null : "psd.cumbria", OutcomeNote = settledUtc is null ? null : $"{Canary} note",
            };
            db.ProcurementMatches.AddRange(
                Match(g1, MatchPriority.High, new DateTime(2030, 9, 10, 9, 0, 0, DateTimeKind.Utc), MatchStatus.NoConcern, new DateTime(2030, 10, 5, 9, 0, 0, DateTimeKind.Utc)),
                Match(g3, MatchPriority.Normal, new DateTime(2030, 10, 6, 9, 0, 0, DateTimeKind.Utc), MatchStatus.AdviceGiven, new DateTime(2030, 10, 20, 9, 0, 0, DateTimeKind.Utc)),
                Match(g5, MatchPriority.High, new DateTime(2030, 11, 11, 9, 0, 0, DateTimeKind.Utc), MatchStatus.New, null));
            await db.SaveChangesAsync();
        }

        // Policies: a version published last quarter, read by 1 September (one of three on time, one
        // late, one never); another this quarter, read by 10 November (one of two on time).
        await using (var db = On(factory, D(2030, 11, 12)))
        {
            var forceId = await ForceIdAsync(db);
            var owner = await PersonAsync(db, "psd.cumbria");
            var people = new[] { await PersonAsync(db, "officer.cumbria"), await PersonAsync(db, "staff.cumbria"), owner };
            PolicyVersion Version(int number, DateOnly published, DateOnly readBy, params DateOnly?[] confirmed)
            {
                var version = new PolicyVersion
                {
                    Number = number, Status = PolicyVersionStatus.Published, EffectiveOn = published, OwnerId = owner.Id, WhatChanged = $"{Canary} change",
                    Text = $"{Canary} text", Audience = PolicyAudience.Everyone, ReadBy = readBy, CreatedUtc = Now.UtcDateTime,
                    PublishedUtc = published.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), TaskCount = confirmed.Length,
                };
                db.PolicyTasks.AddRange(confirmed.Select((on, i) => new PolicyTask
                {
                    ForceId = forceId, PolicyVersion = version, PersonId = people[i].Id, DueOn = readBy, CreatedUtc = Now.UtcDateTime,
                    ConfirmedOn = on, ConfirmedUtc = on?.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                }));
                return version;
            }

            db.Policies.Add(new Policy
            {
                ForceId = forceId, Title = $"{Canary} gifts policy", Subject = PolicySubject.GiftsAndHospitality, CreatedUtc = Now.UtcDateTime,
                Forces = [new PolicyForce { ForceId = forceId }],
                Versions = [Version(1, D(2030, 8, 1), D(2030, 9, 1), D(2030, 8, 20), D(2030, 9, 10), null), Version(2, D(2030, 10, 10), D(2030, 11, 10), D(2030, 11, 1), null)],
            });
            await db.SaveChangesAsync();
        }

        return new Planted(references);
    }

    public static async Task<int> ForceIdAsync(IntegrityDbContext db) => await db.Forces.Where(f => f.Code == Force).Select(f => f.Id).SingleAsync();

    public static async Task<Person> PersonAsync(IntegrityDbContext db, string userName)
    {
        var personId = await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId).SingleAsync();
        return await db.People.SingleAsync(p => p.Id == personId);
    }

    private static async Task<Organisation> OrganisationAsync(IntegrityDbContext db, int forceId, string name)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.ForceId == forceId && o.Name == name);
        if (organisation is null)
        {
            organisation = new Organisation { ForceId = forceId, Name = name };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        return organisation;
    }

    /// <summary>A declaration made on <paramref name="declaredOn"/> by a person (by user name or person).</summary>
    public static Task<int> DeclareAsync(PortalFactory factory, string userName, DateOnly declaredOn, DateOnly offeredOn, OfferOutcome outcome, long valuePence) =>
        DeclareAsync(factory, db => PersonAsync(db, userName), declaredOn, offeredOn, outcome, valuePence);

    public static async Task<int> DeclareAsync(PortalFactory factory, Func<IntegrityDbContext, Task<Person>> declarant, DateOnly declaredOn, DateOnly offeredOn, OfferOutcome outcome, long valuePence)
    {
        await using var db = On(factory, declaredOn);
        var person = await declarant(db);
        var organisation = await OrganisationAsync(db, person.ForceId, $"{Canary} Hospitality Ltd");
        var declaration = await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
        {
            OfferedOn = offeredOn,
            OfferorName = $"{Canary} Offeror",
            OrganisationId = organisation.Id,
            Relationship = OfferorRelationship.Business,
            OfferType = OfferType.Hospitality,
            Description = $"{Canary} dinner",
            ValuePence = valuePence,
            Outcome = outcome,
            Reason = $"{Canary} reason",
            Disposal = outcome == OfferOutcome.Accepted ? GiftDisposal.KeptPersonally : null,
            InvolvedInPurchasing = false,
            IsCashOrEquivalent = false,
        });
        await db.SaveChangesAsync();
        return declaration.Id;
    }

    private static async Task ReviewAsync(PortalFactory factory, int declarationId, DateOnly on)
    {
        await using var db = On(factory, on);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == declarationId);
        var reviewer = await PersonAsync(db, "head-of-psd.cumbria");
        new GiftWorkflow(db).Review(declaration, reviewer.Id, ReviewStatus.Reviewed, $"{Canary} review note");
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// An application with its dates and dated steps as the workflow would have left them. Made
    /// directly: the figures read only its steps, dates and outcomes, and the canary fields hold free text.
    /// </summary>
    private static async Task<string> InterestAsync(PortalFactory factory, string userName, DateOnly submittedOn, DateOnly? decidedOn, DecisionOutcome? outcome,
        DateOnly? appealLodged = null, DateOnly? appealDecided = null, DateOnly? reviewDue = null)
    {
        await using var db = On(factory, decidedOn ?? submittedOn);
        var person = await PersonAsync(db, userName);
        var organisation = await OrganisationAsync(db, person.ForceId, $"{Canary} Gym");
        var status = appealDecided is not null ? InterestStatus.Approved
            : outcome is null ? InterestStatus.AwaitingAssessment
            : outcome == DecisionOutcome.Refused ? InterestStatus.Refused : InterestStatus.Approved;
        var interest = new BusinessInterest
        {
            ForceId = person.ForceId,
            ApplicantId = person.Id,
            DepartmentId = person.DepartmentId,
            Status = status,
            CreatedOn = submittedOn,
            Kind = InterestKind.SecondaryEmployment,
            OrganisationId = organisation.Id,
            OrganisationName = organisation.Name,
            Sector = WorkSector.General,
            Work = $"{Canary} personal trainer",
            HoursPerWeek = 6,
            WhenHoursFall = $"{Canary} evenings",
            ContractedHoursPerWeek = 40,
            PayBand = PayBand.UpTo5000,
            InsideForceArea = true,
            StartDate = submittedOn.AddMonths(1),
            ConflictSeen = $"{Canary} conflict",
            SubmittedOn = submittedOn,
            DecisionOutcome = outcome,
            DecidedOn = decidedOn,
            DecisionReasons = outcome is null ? null : $"{Canary} reasons",
            AppealLodgedOn = appealLodged,
            AppealGrounds = appealLodged is null ? null : $"{Canary} grounds",
            AppealOutcome = appealDecided is null ? null : AppealOutcome.Upheld,
            AppealDecidedOn = appealDecided,
            ReviewDueOn = reviewDue,
        };
        void Step(StepKind kind, DateOnly on) => interest.Steps.Add(new BusinessInterestStep
        {
            ForceId = person.ForceId, Kind = kind, OccurredUtc = on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ByUserName = userName, ByRole = "Applicant",
        });
        Step(StepKind.Submitted, submittedOn);
        if (decidedOn is { } decided) Step(StepKind.Decided, decided);
        if (appealLodged is { } lodged) Step(StepKind.AppealLodged, lodged);
        if (appealDecided is { } heard) Step(StepKind.AppealDecided, heard);
        db.BusinessInterests.Add(interest);
        await db.SaveChangesAsync();
        return interest.Reference;
    }

    private static async Task<int> ContactAsync(PortalFactory factory, string userName, DateTime contactedUtc, DateOnly? acknowledgedOn)
    {
        int id;
        await using (var db = On(factory, DateOnly.FromDateTime(contactedUtc), contactedUtc.Hour, contactedUtc.Minute))
        {
            var person = await PersonAsync(db, userName);
            var outlet = await OrganisationAsync(db, person.ForceId, $"{Canary} Gazette");
            var contact = await new MediaWorkflow(db).LogAsync(person, new MediaContactDetails
            {
                ContactedUtc = contactedUtc,
                JournalistName = $"{Canary} Journalist",
                OutletId = outlet.Id,
                Method = MediaContactMethod.Phone,
                Subject = $"{Canary} subject",
                Disclosed = $"{Canary} disclosed",
                WasAuthorised = false,
            });
            await db.SaveChangesAsync();
            id = contact.Id;
        }

        if (acknowledgedOn is { } on)
        {
            await using var db = On(factory, on);
            var press = await PersonAsync(db, "press-office.cumbria");
            new MediaWorkflow(db).Acknowledge(await db.MediaContacts.SingleAsync(c => c.Id == id), press.Id);
            await db.SaveChangesAsync();
        }

        return id;
    }

    private static async Task<(int Leak, string? Case)> FlagAsync(PortalFactory factory, int contactId, DateOnly flaggedOn, DateOnly? answerOn, bool openCase)
    {
        int leakId;
        await using (var db = On(factory, flaggedOn))
        {
            var press = await PersonAsync(db, "press-office.cumbria");
            var leak = await new MediaWorkflow(db).FlagContactAsync(await db.MediaContacts.SingleAsync(c => c.Id == contactId), press.Id, $"{Canary} leak reason");
            await db.SaveChangesAsync();
            leakId = leak.Id;
        }

        if (answerOn is not { } on)
        {
            return (leakId, null);
        }

        await using (var db = On(factory, on))
        {
            var leak = await db.SuspectedLeaks.SingleAsync(l => l.Id == leakId);
            string? reference = null;
            if (openCase)
            {
                var investigation = await new SuspectedLeaks(db).OpenCaseAsync(leak, InvestigationCategory.InappropriateDisclosureToMedia,
                    InvestigationOrigin.PressOfficeFlag, on, $"{Canary} case summary");
                await db.SaveChangesAsync();
                reference = investigation.Reference;
            }
            else
            {
                new SuspectedLeaks(db).RecordNoCase(leak, $"{Canary} no case note");
                await db.SaveChangesAsync();
            }

            return (leakId, reference);
        }
    }

    private static async Task<string> CaseAsync(PortalFactory factory, InvestigationCategory category, DateOnly openedOn, DateOnly? closeOn = null, DateOnly? reopenOn = null)
    {
        int id;
        string reference;
        await using (var db = On(factory, openedOn))
        {
            var forceId = await ForceIdAsync(db);
            var workflow = new InvestigationWorkflow(db);
            var investigation = await workflow.OpenAsync(forceId, category, InvestigationOrigin.InternalReferral, openedOn, $"{Canary} case summary");
            await db.SaveChangesAsync();
            await workflow.AddPersonAsync(investigation, (await PersonAsync(db, "officer.cumbria")).Id);
            workflow.AddLogEntry(investigation, openedOn, $"{Canary} log entry");
            await db.SaveChangesAsync();
            (id, reference) = (investigation.Id, investigation.Reference);
        }

        if (closeOn is { } closed)
        {
            await using var db = On(factory, closed);
            var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
            new InvestigationWorkflow(db).Close(investigation, closed, InvestigationOutcome.ManagementAction, $"{Canary} outcome note");
            await db.SaveChangesAsync();
        }

        if (reopenOn is { } reopened)
        {
            await using var db = On(factory, reopened);
            var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
            new InvestigationWorkflow(db).Reopen(investigation, $"{Canary} reopened");
            await db.SaveChangesAsync();
        }

        return reference;
    }

    /// <summary>The cells of a chart table's row for a quarter ("2030-4"), as shown.</summary>
    public static IReadOnlyList<string> Row(IDocument page, string chart, string quarter) =>
        page.QuerySelectorAll($"#{chart}-table tr[data-quarter='{quarter}'] td").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>The rows of a breakdown or small table: header cell and value cells.</summary>
    public static IReadOnlyList<string> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim()))).ToList();
}
