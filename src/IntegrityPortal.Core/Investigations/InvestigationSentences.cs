using System.Globalization;
using IntegrityPortal.Core.Reporting;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// The sentences of the PSD's investigation figures page, in HMIC's words (<see cref="HmicWords"/>):
/// "Three of them concerned inappropriate disclosure to the media, one of which was continuing
/// at the end of the period." Read from <see cref="InvestigationFigures"/>, never counted here.
/// </summary>
public static class InvestigationSentences
{
    public static string Instigated(InvestigationFigures f) =>
        $"The force instigated {HmicWords.Count(f.Instigated, "investigation", "investigations")}.";

    public static string Media(InvestigationFigures f)
    {
        var media = f.For(InvestigationCategory.InappropriateDisclosureToMedia);
        var ofWhich = HmicWords.OfWhich(media.ContinuingAtPeriodEnd, media.Instigated,
            "was continuing at the end of the period", "were continuing at the end of the period", "was not continuing at the end of the period");
        var subject = media.Instigated == 1 ? "One of them" : $"{HmicWords.Capitalise(HmicWords.Alone(media.Instigated))} of them";
        return ofWhich.Length == 0
            ? "None of them concerned inappropriate disclosure to the media."
            : $"{subject} concerned inappropriate disclosure to the media, {ofWhich}.";
    }

    public static string SocialMedia(InvestigationFigures f) =>
        $"{HmicWords.Capitalise(HmicWords.Count(f.SocialMediaFromExternalReferral, "social media case was", "social media cases were"))} referred to the force by external research.";

    /// <summary>"Anti-corruption unit staffing since 1 June 2020: reduction (six posts, 5.5 full-time equivalent, to five posts, 4.5 full-time equivalent)."</summary>
    public static string Staffing(StaffingChange s, string baseline)
    {
        var change = $"Anti-corruption unit staffing since {baseline}: {s.Describe().ToLowerInvariant()}";
        return s is { AtBaseline: { } b, AtEnd: { } e }
            ? $"{change} ({Posts(b)}, to {Posts(e)})."
            : $"{change}.";
    }

    private static string Posts(StaffingAt at) =>
        $"{HmicWords.Count(at.Posts, "post", "posts")}, {at.FullTimeEquivalent.ToString("0.##", CultureInfo.InvariantCulture)} full-time equivalent";
}
