using ClosedXML.Excel;
using CsvHelper;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Procurement.Matches;
using IntegrityPortal.Web.Pages.Reports;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>A section of the pack: its title, its column headings and its rows, as text.</summary>
public sealed record PackSection(string Id, string Title, string Empty, IReadOnlyList<string> Headings, IReadOnlyList<string[]> Rows);

/// <summary>The meeting's record as the pack shows it: names already worked out.</summary>
/// <param name="RecorderUserName">The recorder's account, only to keep the sign-off from them; never shown.</param>
public sealed record MeetingRecord(int Id, DateOnly HeldOn, IReadOnlyList<string> Attendees, IReadOnlyList<MeetingRecord.ActionRow> Actions,
    string RecordedBy, DateTime RecordedUtc, string? SignedOffBy, DateTime? SignedOffUtc, string RecorderUserName)
{
    public sealed record ActionRow(string Text, string Owner, DateOnly DueOn, MeetingActionStatus Status);
}

/// <summary>
/// The pack as sections of text, the one shape the page, the CSV and the workbook all read, so
/// the three never differ: the four sections of the quarter, then the meeting's record and its
/// actions. The CSV holds each section as its title, its headings and its rows; the workbook a
/// sheet per section (the progress report's way, <see cref="ReportDownloads"/>).
/// </summary>
public static class MeetingPack
{
    public static IReadOnlyList<PackSection> Sections(QuarterlyPack pack, MeetingRecord? meeting)
    {
        var sections = new List<PackSection>
        {
            new("contracts", "Contracts and tenders", "No contract was awarded and no tender opened in the quarter.",
                ["Reference", "Title", "Route", "Winner", "Tender opened", "Awarded", "Value", "Offer from", "Offered on", "Declared by", "Offer", "Value of offer", "Outcome"],
                [.. pack.Contracts.SelectMany(ContractRows)]),
            new("matches", "Matches raised", "The cross-check raised no match in the quarter.",
                ["Match", "Kind", "Priority", "Score", "Why", "Raised", "Outcome", "Settled"],
                [.. pack.Matches.Select(m => new[]
                {
                    MatchRecords.Reference(m.Id), m.Kind.Describe(), m.Priority == MatchPriority.High ? "High" : "Normal", m.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    m.Reason, UkFormat.DateTime(m.RaisedUtc), m.Status.Describe(), m.SettledUtc is { } s ? UkFormat.DateTime(s) : "Not yet settled",
                })]),
            new("offerors", "Top offerors", "No offer was made in the quarter.",
                ["Rank", "Organisation", "Offers", "Value offered"],
                [.. pack.TopOfferors.Select((o, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), o.Name, o.Offers.ToString(System.Globalization.CultureInfo.InvariantCulture), UkFormat.Pounds(o.ValuePence) })]),
            new("cards", "Card spend with offerors", "No card spending in the quarter was with an organisation that made an offer.",
                ["Date", "Card holder", "Merchant", "Amount", "Offer made by", "Match", "Outcome"],
                [.. pack.CardSpend.Select(c => new[] { UkFormat.Date(c.TransactionOn), c.CardHolder, c.Merchant, UkFormat.Pounds(c.AmountPence), c.Offeror, MatchRecords.Reference(c.MatchId), c.Status.Describe() })]),
        };
        sections.Add(new("meeting", "Meeting record", "The meeting for the quarter is not recorded yet.", ["Item", "Detail"], meeting is null ? [] :
        [
            ["Held on", UkFormat.Date(meeting.HeldOn)],
            ["Attended", string.Join("; ", meeting.Attendees)],
            ["Recorded by", $"{meeting.RecordedBy}, {UkFormat.DateTime(meeting.RecordedUtc)}"],
            ["Signed off", meeting is { SignedOffBy: { } by, SignedOffUtc: { } on } ? $"{by}, {UkFormat.DateTime(on)}" : "Not yet signed off"],
        ]));
        sections.Add(new("actions", "Actions", meeting is null ? "The meeting for the quarter is not recorded yet." : "The meeting agreed no actions.",
            ["Action", "Owner", "Due", "Status"],
            [.. (meeting?.Actions ?? []).Select(a => new[] { a.Text, a.Owner, UkFormat.Date(a.DueOn), a.Status.Describe() })]));
        return sections;
    }

    /// <summary>A row per offer from the winner or a bidder; a contract with none has one row saying so.</summary>
    private static IEnumerable<string[]> ContractRows(QuarterlyPack.ContractRow c)
    {
        string[] contract = [c.Reference, c.Title, c.Route.Describe(), c.Winner ?? "Not yet awarded", Date(c.TenderOpenedOn), Date(c.AwardedOn), UkFormat.Pounds(c.ValuePence)];
        if (c.Offers.Count == 0)
        {
            yield return [.. contract, "No offer", "", "", "", "", ""];
        }

        foreach (var o in c.Offers)
        {
            yield return [.. contract, $"{o.OrganisationName} ({(o.FromWinner ? "winner" : "bidder")})", UkFormat.Date(o.OfferedOn), o.Declarant, o.Type.Describe(),
                UkFormat.Pounds(o.ValuePence), o.Outcome == OfferOutcome.Accepted ? "Accepted" : "Declined"];
        }
    }

    private static string Date(DateOnly? date) => date is { } d ? UkFormat.Date(d) : "";

    public static string Title(string forceName, Quarter quarter) => $"{forceName}: procurement cross-check pack, {quarter.Describe()}";

    public static async Task<byte[]> CsvAsync(string title, IReadOnlyList<PackSection> sections, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        await using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            await csv.WriteRecordAsync([ReportDownloads.Marking], ct);
            await csv.WriteRecordAsync([title], ct);
            foreach (var section in sections)
            {
                await csv.WriteRecordAsync([""], ct);
                await csv.WriteRecordAsync([section.Title], ct);
                await csv.WriteRecordAsync([.. section.Headings], ct);
                if (section.Rows.Count == 0)
                {
                    await csv.WriteRecordAsync([section.Empty], ct);
                }

                foreach (var row in section.Rows)
                {
                    await csv.WriteRecordAsync(row, ct);
                }
            }

            await csv.FlushAsync(ct);
        }

        return stream.ToArray();
    }

    public static byte[] Excel(string title, IReadOnlyList<PackSection> sections)
    {
        using var workbook = new XLWorkbook();
        foreach (var section in sections)
        {
            var sheet = workbook.Worksheets.Add(section.Title);
            ReportDownloads.Text(sheet.Cell(1, 1), ReportDownloads.Marking).Style.Font.Bold = true;
            ReportDownloads.Text(sheet.Cell(2, 1), $"{title}: {section.Title}").Style.Font.Bold = true;
            for (var c = 0; c < section.Headings.Count; c++)
            {
                ReportDownloads.Text(sheet.Cell(4, c + 1), section.Headings[c]).Style.Font.Bold = true;
            }

            var r = 4;
            if (section.Rows.Count == 0)
            {
                ReportDownloads.Text(sheet.Cell(++r, 1), section.Empty);
            }

            foreach (var row in section.Rows)
            {
                r++;
                for (var c = 0; c < row.Length; c++)
                {
                    ReportDownloads.Text(sheet.Cell(r, c + 1), row[c]);
                }
            }

            sheet.Columns(1, section.Headings.Count).Width = 22;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
