namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>The register's pure rules: checks on the details, pre-flags, review and appeal dates.</summary>
public static class BusinessInterestRules
{
    /// <summary>The Working Time Regulations 1998 limit on average weekly hours.</summary>
    public const decimal WorkingTimeLimitHours = 48m;

    /// <summary>What the form offers for the police job's hours: full-time officers work 40.</summary>
    public const decimal DefaultContractedHours = 40m;

    public const int MaximumTextLength = 2000;

    /// <summary>Days before a review is due from which it shows in the PSD list as due soon.</summary>
    public const int ReviewDueSoonDays = 30;

    /// <summary>How long a decision stays on the applicant's home page: long enough to see it, and inside the shortest sensible appeal window.</summary>
    public const int RecentDecisionDays = 14;

    public static readonly IReadOnlySet<WorkSector> RiskySectors = new HashSet<WorkSector>
    {
        WorkSector.PrivateInvestigation, WorkSector.Security, WorkSector.LicensedPremises, WorkSector.BettingOrGaming,
    };

    /// <summary>Rules the details must meet on <paramref name="today"/>, dates included; empty when they do.</summary>
    public static IEnumerable<(string Property, string Message)> Check(InterestDetails d, DateOnly today)
    {
        if (PlausibleDates.InterestStart.Check(d.StartDate, today) is { } dateMessage)
        {
            yield return (nameof(d.StartDate), dateMessage);
        }

        foreach (var broken in Check(d))
        {
            yield return broken;
        }
    }

    /// <summary>Rules the details must meet, as (property, message) pairs; empty when they do.</summary>
    public static IEnumerable<(string Property, string Message)> Check(InterestDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Work))
        {
            yield return (nameof(d.Work), "Describe the work or interest");
        }
        else if (d.Work.Length > MaximumTextLength)
        {
            yield return (nameof(d.Work), "The description must be 2000 characters or fewer");
        }

        if (d.HoursPerWeek is < 0 or > 168)
        {
            yield return (nameof(d.HoursPerWeek), "Enter the hours per week as a number from 0 to 168");
        }

        if (d.ContractedHoursPerWeek is < 0 or > 168)
        {
            yield return (nameof(d.ContractedHoursPerWeek), "Enter your police job's hours per week as a number from 0 to 168");
        }

        if (string.IsNullOrWhiteSpace(d.WhenHoursFall))
        {
            yield return (nameof(d.WhenHoursFall), "Say when the hours fall, like weekends or two evenings a week");
        }
        else if (d.WhenHoursFall.Length > 200)
        {
            yield return (nameof(d.WhenHoursFall), "When the hours fall must be 200 characters or fewer");
        }

        if (d.ConflictSeen is { Length: > MaximumTextLength })
        {
            yield return (nameof(d.ConflictSeen), "The conflict you see must be 2000 characters or fewer");
        }
    }

    /// <param name="supplierInGiftsRegister">True when the gifts register records the organisation as a current supplier.</param>
    public static PreFlags Flags(InterestDetails d, bool supplierInGiftsRegister)
    {
        var flags = PreFlags.None;
        if (d.HoursPerWeek + d.ContractedHoursPerWeek > WorkingTimeLimitHours)
        {
            flags |= PreFlags.HoursAboveLimit;
        }

        if (RiskySectors.Contains(d.Sector))
        {
            flags |= PreFlags.RiskyKindOfWork;
        }

        if (d.OrganisationSuppliesForce || supplierInGiftsRegister)
        {
            flags |= PreFlags.SupplierToForce;
        }

        if (d.InsideForceArea)
        {
            flags |= PreFlags.InsideForceArea;
        }

        if (d.UsesPoliceSkills)
        {
            flags |= PreFlags.UsesPoliceSkills;
        }

        return flags;
    }

    public static DateOnly NextReview(DateOnly from, int reviewIntervalMonths) => from.AddMonths(reviewIntervalMonths);

    /// <summary>The last day an appeal may be lodged: the decision day plus the force's appeal days.</summary>
    public static DateOnly AppealDeadline(DateOnly decidedOn, int appealDays) => decidedOn.AddDays(appealDays);

    public static bool IsReviewOverdue(DateOnly? reviewDueOn, DateOnly today) => reviewDueOn is { } due && due < today;

    public static bool IsReviewDueSoon(DateOnly? reviewDueOn, DateOnly today) =>
        reviewDueOn is { } due && due >= today && due <= today.AddDays(ReviewDueSoonDays);
}
