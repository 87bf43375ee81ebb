using IntegrityPortal.Core.Investigations;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// Investigations of inappropriate disclosure to the media, how many were continuing, and the
/// social media cases referred back to the force (<see cref="InvestigationFigures"/>): HMIC's
/// "four instances of inappropriate disclosures to the media, three of which were continuing".
/// </summary>
public sealed class MediaInvestigationsSection : IProgressSection
{
    public string Key => "media-investigations";
    public ReportTheme Theme => ReportTheme.PressRelations;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => InvestigationFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(InvestigationFigures f, ReportPeriod period)
    {
        const string title = "Leaks and social media";
        var media = f.For(InvestigationCategory.InappropriateDisclosureToMedia);
        var social = f.For(InvestigationCategory.SocialMediaConduct);
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.media-disclosure", "Investigations of inappropriate disclosure to the media", media.Instigated),
            ReportFigure.Count($"{Key}.media-disclosure-continuing", "Of which continuing at the end of the period", media.ContinuingAtPeriodEnd),
            ReportFigure.Count($"{Key}.social-media", "Investigations of conduct on social media", social.Instigated),
            ReportFigure.Count($"{Key}.social-media-referred", "Social media cases referred to the force by external research", f.SocialMediaFromExternalReferral),
        };
        if (f.Instigated == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("investigations", period)], figures);
        }

        var sentences = new List<string>
        {
            $"{period.Between()}, the force investigated "
                + Count(media.Instigated, "instance of inappropriate disclosure to the media", "instances of inappropriate disclosures to the media")
                + Clause(OfWhich(media.ContinuingAtPeriodEnd, media.Instigated, "was continuing at the end of the period", "were continuing at the end of the period", "was not continuing at the end of the period"))
                + ".",
            f.SocialMediaFromExternalReferral == 0
                ? "No cases of potentially inappropriate behaviour on social media were referred to the force by external research."
                : Capitalise(Count(f.SocialMediaFromExternalReferral, "case", "cases"))
                    + " of potentially inappropriate behaviour on social media, such as Facebook or Twitter, "
                    + (f.SocialMediaFromExternalReferral == 1 ? "was" : "were")
                    + " referred back to the force by external research.",
        };
        return new(Key, Theme, title, true, sentences, figures);
    }

    private static string Clause(string ofWhich) => ofWhich.Length == 0 ? string.Empty : ", " + ofWhich;
}
