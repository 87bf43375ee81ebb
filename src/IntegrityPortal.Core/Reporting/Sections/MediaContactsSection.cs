using IntegrityPortal.Core.Media;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>Contacts with the media logged and the press office's flags of suspected leaks (<see cref="MediaFigures"/>).</summary>
public sealed class MediaContactsSection : IProgressSection
{
    public string Key => "media-contacts";
    public ReportTheme Theme => ReportTheme.PressRelations;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => MediaFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(MediaFigures f, ReportPeriod period)
    {
        const string title = "Contact with the media";
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.logged", "Contacts with the media logged", f.ContactsLogged),
            ReportFigure.Count($"{Key}.acknowledged", "Acknowledged by the media department by the end of the period", f.Acknowledged),
            ReportFigure.Count($"{Key}.pre-arranged", "Pre-arranged", f.PreArranged),
            ReportFigure.Count($"{Key}.in-advance", "Notified before they took place", f.NotifiedInAdvance),
            ReportFigure.Count($"{Key}.visits", "Visits to media establishments", f.VisitsToMediaEstablishments),
            ReportFigure.Count($"{Key}.leaks", "Suspected leaks flagged to PSD", f.SuspectedLeaks),
            ReportFigure.Count($"{Key}.leaks-case-opened", "Flags on which PSD opened a case", f.LeaksCaseOpened),
            ReportFigure.Count($"{Key}.leaks-no-case", "Flags on which PSD opened no case", f.LeaksNoCase),
            ReportFigure.Count($"{Key}.leaks-awaiting", "Flags awaiting PSD at the end of the period", f.LeaksAwaitingPsd),
        };
        if (f.ContactsLogged == 0 && f.SuspectedLeaks == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("log of contacts with the media", period)], figures);
        }

        var sentences = new List<string>
        {
            $"{period.Between()}, officers and staff logged {Count(f.ContactsLogged, "contact with the media", "contacts with the media")}"
                + Clause(OfWhich(f.Acknowledged, f.ContactsLogged, "was acknowledged by the media department", "were acknowledged by the media department", "was not acknowledged by the media department"))
                + ".",
        };
        if (f.ContactsLogged > 0)
        {
            sentences.Add($"{Capitalise(Count(f.PreArranged, "contact was", "contacts were"))} pre-arranged and {Alone(f.NotifiedInAdvance)} {(f.NotifiedInAdvance == 1 ? "was" : "were")} logged before the contact took place.");
        }

        sentences.Add(f.SuspectedLeaks == 0
            ? "The media department flagged no suspected leaks to PSD."
            : $"The media department flagged {Count(f.SuspectedLeaks, "suspected leak", "suspected leaks")} to PSD"
                + Clause(OfWhich(f.LeaksCaseOpened, f.SuspectedLeaks, "led to an investigation", "led to an investigation", "did not lead to an investigation"))
                + (f.LeaksAwaitingPsd > 0 ? $"; {Alone(f.LeaksAwaitingPsd)} {(f.LeaksAwaitingPsd == 1 ? "was" : "were")} awaiting PSD at the end of the period" : string.Empty)
                + ".");
        return new(Key, Theme, title, true, sentences, figures);
    }

    private static string Clause(string ofWhich) => ofWhich.Length == 0 ? string.Empty : ", " + ofWhich;
}
