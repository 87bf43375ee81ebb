using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Reporting.Dashboard;

namespace IntegrityPortal.Web.Pages.Reports.Dashboard;

/// <summary>
/// The charts of each register's section of the dashboard, built from <see cref="ForceDashboard"/>.
/// Each register has one partial (<c>_Gifts</c>, <c>_BusinessInterests</c>, <c>_Media</c>,
/// <c>_Investigations</c>, <c>_Staffing</c>, <c>_Procurement</c>, <c>_Policies</c>, <c>_Training</c>,
/// <c>_SelfAssessment</c>), listed in <c>_Sections</c> and in <c>_Introduction</c>'s contents.
/// </summary>
public sealed class DashboardSections(ForceDashboard d)
{
    public ForceDashboard Figures => d;

    private IReadOnlyList<Core.Media.Quarter> Quarters => d.Quarters.All;

    private static ChartSeries Series<T>(string name, IReadOnlyList<QuarterFigures<T>> rows, Func<T, double?> value, bool charted = true) =>
        new(name, [.. rows.Select(r => value(r.Figures))], charted);

    public QuarterChart GiftDeclarations => new("gifts-declarations", "Gifts and hospitality declarations made", ChartKind.Bar, Quarters,
    [
        Series("Declarations made", d.Gifts, g => g.Declared),
        Series("Offers accepted", d.Gifts, g => g.Accepted),
        Series("Offers declined", d.Gifts, g => g.Declined),
        Series("Declared late", d.Gifts, g => g.Late),
    ]);

    public QuarterChart GiftDaysToDeclare => new("gifts-days", "Median days from the offer to its declaration", ChartKind.Line, Quarters,
        [Series("Median days to declare", d.GiftMedianDaysToDeclare, m => m)], NoFigure: "no declarations");

    public QuarterChart GiftBacklog => new("gifts-backlog", "Declarations awaiting PSD review at the end of the quarter (today, this quarter)", ChartKind.Line, Quarters,
    [
        Series("Awaiting PSD review", d.GiftReviewBacklog, b => b.Count),
        Series($"Waiting more than {GiftFigures.BacklogAgeDays} days", d.GiftReviewBacklog, b => b.OverAgeDays),
        Series("Days the oldest had waited", d.GiftReviewBacklog, b => b.OldestDays, charted: false),
    ], NoFigure: "none waiting");

    public QuarterChart InterestDecisions => new("interests-decisions", "Business-interest applications and decisions", ChartKind.Bar, Quarters,
    [
        Series("Applications submitted", d.Interests, i => i.Submitted),
        Series("Decisions made", d.Interests, i => i.Decisions),
        Series("Approved", d.Interests, i => i.Approved),
        Series("Refused", d.Interests, i => i.Refused),
    ]);

    public QuarterChart InterestDaysToDecision => new("interests-days", "Median days from application to decision", ChartKind.Line, Quarters,
        [Series("Median days to decision", d.Interests, i => i.MedianDaysToDecision)], NoFigure: "no decisions");

    public QuarterChart InterestAppeals => new("interests-appeals", "Appeals against refusals", ChartKind.Bar, Quarters,
    [
        Series("Appeals lodged", d.Interests, i => i.AppealsLodged),
        Series("Appeals decided", d.Interests, i => i.AppealsDecided),
        Series("Appeals upheld", d.Interests, i => i.AppealsUpheld),
    ]);

    public QuarterChart MediaContacts => new("media-contacts", "Media contacts logged", ChartKind.Bar, Quarters,
    [
        Series("Contacts logged", d.Media, m => m.ContactsLogged),
        Series("Acknowledged by the end of the quarter", d.Media, m => m.Acknowledged),
    ]);

    public QuarterChart MediaLeaks => new("media-leaks", "Suspected leaks flagged and how PSD settled them", ChartKind.Bar, Quarters,
    [
        Series("Suspected leaks flagged", d.Media, m => m.SuspectedLeaks),
        Series("Case opened", d.Media, m => m.LeaksCaseOpened),
        Series("No case opened", d.Media, m => m.LeaksNoCase),
        Series("Awaiting PSD", d.Media, m => m.LeaksAwaitingPsd),
    ]);

    public QuarterChart Cases => new("investigations-cases", "Investigations opened, closed and continuing", ChartKind.Line, Quarters,
    [
        Series("Cases opened", d.Cases, c => c.Opened),
        Series("Cases closed", d.Cases, c => c.Closed),
        Series("Continuing at the end of the quarter", d.Cases, c => c.ContinuingAtEnd),
    ]);

    public QuarterChart Staffing => new("acu-staffing", "Anti-corruption unit staffing at the end of the quarter (today, this quarter)", ChartKind.Line, Quarters,
    [
        Series("Full-time equivalent", d.Staffing, s => s is null ? null : (double)s.FullTimeEquivalent),
        Series("Posts", d.Staffing, s => s?.Posts),
    ], NoFigure: "not recorded");

    public QuarterChart ProcurementMatches => new("procurement-matches", "Procurement cross-check matches raised, and how PSD had settled them by the end of the quarter", ChartKind.Bar, Quarters,
    [
        Series("Matches raised", d.Procurement, p => p.Raised),
        Series("High priority", d.Procurement, p => p.HighPriority),
        Series("Not a match or no concern", d.Procurement, p => p.NotAMatch + p.NoConcern),
        Series("Advice given", d.Procurement, p => p.AdviceGiven),
        Series("Referred for investigation", d.Procurement, p => p.Referred),
        Series("Still open", d.Procurement, p => p.Open),
    ]);

    public QuarterChart PolicyConfirmations => new("policies-confirmations", "Policy confirmations whose read-by date fell in the quarter", ChartKind.Bar, Quarters,
    [
        Series("Confirmations due", d.Policies, p => p.TasksDue),
        Series("Confirmed by the read-by date", d.Policies, p => p.ConfirmedByDueDate),
        Series("Policy versions published", d.Policies, p => p.VersionsPublished),
    ]);

    public QuarterChart PolicyConfirmationRate => new("policies-rate", "Share of policy confirmations made by the read-by date, per cent", ChartKind.Line, Quarters,
        [Series("Confirmed by the read-by date (per cent)", d.Policies, p => p.ConfirmationRate)], NoFigure: "none due");

    public QuarterChart Training => new("training-people", "Integrity training held in the quarter", ChartKind.Bar, Quarters,
    [
        Series("Sessions held", d.Training, t => t.Sessions),
        Series("Officers and staff trained", d.Training, t => t.PeopleTrained),
    ]);

    public QuarterChart SelfAssessmentActions => new("self-assessment-actions", "Self-assessment actions at the end of the quarter (today, this quarter)", ChartKind.Line, Quarters,
    [
        Series("Completed in the quarter", d.SelfAssessment, s => s.ActionsCompleted),
        Series("Open", d.SelfAssessment, s => s.ActionsOpen),
        Series("Overdue", d.SelfAssessment, s => s.ActionsOverdue),
    ]);

    public IReadOnlyList<CategoryFigures> CasesByCategory => d.CasesByCategoryThisQuarter;

    public CaseAgeing Ageing => d.OpenCaseAgeing;

    public int ReviewsOverdue => d.InterestReviewsOverdue;
}

/// <summary>A breakdown table of the dashboard, with its headings.</summary>
public sealed record BreakdownView(string Id, string Caption, string RowHeading, string CountHeading, Breakdown Breakdown);
