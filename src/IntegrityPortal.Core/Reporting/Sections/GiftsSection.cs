using IntegrityPortal.Core.Gifts;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>Offers of gifts and hospitality declared, accepted and declined, and PSD's review of them (<see cref="GiftFigures"/>).</summary>
public sealed class GiftsSection : IProgressSection
{
    public string Key => "gifts";
    public ReportTheme Theme => ReportTheme.GiftsProcurementAndSecondJobs;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => GiftFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(GiftFigures f, ReportPeriod period)
    {
        const string title = "Gifts and hospitality";
        var pounds = f.AcceptedValuePence / 100m;
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.declared", "Offers declared", f.Declared),
            ReportFigure.Count($"{Key}.accepted", "Accepted", f.Accepted),
            ReportFigure.Count($"{Key}.declined", "Declined", f.Declined),
            ReportFigure.Count($"{Key}.awaiting-approval", "Acceptances awaiting approval at the end of the period", f.AwaitingApproval),
            ReportFigure.Count($"{Key}.approval-refused", "Acceptances refused approval", f.ApprovalRefused),
            new($"{Key}.accepted-value", "Value of offers accepted", pounds, pounds.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))),
            ReportFigure.Count($"{Key}.from-suppliers", "Offers from suppliers or bidders", f.FromSuppliers),
            ReportFigure.Count($"{Key}.late", "Declared late", f.Late),
            ReportFigure.Count($"{Key}.reviewed", "Reviewed by PSD by the end of the period", f.Reviewed),
            ReportFigure.Count($"{Key}.needing-action", "Found by PSD to need action or referred for investigation", f.NeedingAction),
        };
        if (f.Declared == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("declarations of gifts and hospitality", period)], figures);
        }

        var sentences = new List<string>
        {
            $"{period.Between()}, officers and staff declared {Count(f.Declared, "offer of gifts or hospitality", "offers of gifts and hospitality")} on the force's single register: "
                + $"{Alone(f.Accepted)} accepted and {Alone(f.Declined)} declined"
                + (f.AwaitingApproval + f.ApprovalRefused > 0
                    ? $", with {Alone(f.AwaitingApproval)} awaiting approval and {Alone(f.ApprovalRefused)} refused approval"
                    : string.Empty)
                + ".",
            $"{Capitalise(Count(f.FromSuppliers, "offer came", "offers came"))} from suppliers or companies bidding for work, and {Alone(f.Late)} {(f.Late == 1 ? "was" : "were")} declared late.",
            ReviewSentence(f),
        };
        if (f.Accepted > 0)
        {
            sentences.Insert(1, $"The offers accepted were worth {pounds.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} in all.");
        }

        if (f.Declined == 0)
        {
            // HMIC looked for forces that record declined offers as well as accepted ones.
            sentences.Insert(1, "No declined offers were recorded.");
        }

        return new(Key, Theme, title, true, sentences, figures);
    }

    private static string ReviewSentence(GiftFigures f) =>
        f.Reviewed == f.Declared
            ? $"PSD had reviewed {(f.Declared == 1 ? "it" : f.Declared == 2 ? "both" : "all of them")} by the end of the period"
                + (f.NeedingAction > 0 ? $", and found {Alone(f.NeedingAction)} that needed action or referral for investigation." : ".")
            : $"PSD had reviewed {Count(f.Reviewed, "declaration", "declarations")} of the {Number(f.Declared)} by the end of the period"
                + (f.NeedingAction > 0 ? $", and found {Alone(f.NeedingAction)} that needed action or referral for investigation." : ".");
}
