using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Core.Reporting.Sections;

namespace IntegrityPortal.Core.Tests.Reporting;

/// <summary>The sentences each section writes at the edges: none, one, all, all but one, continuing none.</summary>
public class SectionSentencesTests
{
    private static readonly ReportPeriod Period = ReportPeriod.HmicRevisit;

    private static BusinessInterestFigures Applications(int received, int approved, int refused = 0) =>
        new(received, approved, 0, refused, 0, received - approved - refused, 0, 0, 0, 0);

    [Theory]
    [InlineData(57, 57, "Between September 2011 and May 2012 there have been 57 applications for second jobs, all of which have been approved.")]
    [InlineData(18, 17, "Between September 2011 and May 2012 there have been 18 applications for second jobs, all but one of which have been approved.")]
    [InlineData(35, 33, "Between September 2011 and May 2012 there have been 35 applications for second jobs, 33 of which have been approved.")]
    [InlineData(1, 1, "Between September 2011 and May 2012 there has been one application for a second job, which has been approved.")]
    [InlineData(2, 0, "Between September 2011 and May 2012 there have been two applications for second jobs, none of which have been approved.")]
    public void SecondJobs_WriteTheApprovedShareAsHmicDoes(int received, int approved, string expected)
    {
        var section = new SecondJobsSection().Write(Applications(received, approved, refused: received - approved), Period);

        Assert.True(section.HasData);
        Assert.Equal(expected, section.Paragraph[0]);
    }

    [Fact]
    public void SecondJobs_WithNoApplications_SayThereIsNoData_NotZero()
    {
        var section = new SecondJobsSection().Write(Applications(0, 0), Period);

        Assert.False(section.HasData);
        Assert.Equal(["No data for the period: the portal holds no applications for second jobs or business interests for September 2011 to May 2012."], section.Paragraph);
    }

    private static InvestigationFigures Cases(int media, int continuing, int other = 0, int referred = 0) => new(1, Period.From, Period.To,
        [
            new CategoryFigures(InvestigationCategory.InappropriateDisclosureToMedia, media, continuing, continuing),
            new CategoryFigures(InvestigationCategory.Other, other, 0, 0),
        ],
        referred, new StaffingChange(Period.From, Period.To, new StaffingAt(Period.From, 5, 5m), new StaffingAt(Period.To, 5, 5m)));

    [Theory]
    [InlineData(4, 3, "the force investigated four instances of inappropriate disclosures to the media, three of which were continuing at the end of the period.")]
    [InlineData(4, 0, "the force investigated four instances of inappropriate disclosures to the media, none of which were continuing at the end of the period.")]
    [InlineData(1, 1, "the force investigated one instance of inappropriate disclosure to the media, which was continuing at the end of the period.")]
    [InlineData(2, 2, "the force investigated two instances of inappropriate disclosures to the media, both of which were continuing at the end of the period.")]
    [InlineData(0, 0, "the force investigated no instances of inappropriate disclosures to the media.")]
    public void MediaInvestigations_WriteTheContinuingShare(int media, int continuing, string expected)
    {
        var section = new MediaInvestigationsSection().Write(Cases(media, continuing, other: 1), Period);

        Assert.Equal($"Between September 2011 and May 2012, {expected}", section.Paragraph[0]);
    }

    [Fact]
    public void Integrity_SaysNoChangeInStaffing_AndTheCasesInstigated()
    {
        var section = new IntegrityInvestigationsSection().Write(Cases(4, 3, other: 27), Period);

        Assert.Equal("There has been no change in the number of staff working in the anti-corruption unit since 1 September 2011.", section.Paragraph[0]);
        Assert.StartsWith("Between September 2011 and May 2012, the force instigated 31 investigations into the conduct of its officers and staff", section.Paragraph[1]);
    }

    [Fact]
    public void MediaContacts_AllButOneAcknowledged_AndOneLeakFlagged()
    {
        var section = new MediaContactsSection().Write(new MediaFigures(12, 3, 1, 1, 11, 1, 0, 1), Period);

        Assert.Equal([
            "Between September 2011 and May 2012, officers and staff logged 12 contacts with the media, all but one of which were acknowledged by the media department.",
            "Three contacts were pre-arranged and one was logged before the contact took place.",
            "The media department flagged one suspected leak to PSD, which did not lead to an investigation.",
        ], section.Paragraph);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, "No data for the period: the portal holds no matches between procurement records and the gifts, hospitality and business-interest registers for September 2011 to May 2012.", null)]
    [InlineData(1, 1, 0, 0, 0, 0, "Between September 2011 and May 2012 the cross-check of the force's suppliers, contracts and card spending against its registers raised one match, which was of high priority.",
        "PSD had settled none of them by the end of the period.")]
    [InlineData(12, 2, 3, 4, 2, 1, "Between September 2011 and May 2012 the cross-check of the force's suppliers, contracts and card spending against its registers raised 12 matches, two of which were of high priority.",
        "By the end of the period PSD had judged three not a match, found no concern in four, gave advice in two and referred one for investigation; two were still open.")]
    [InlineData(2, 0, 0, 2, 0, 0, "Between September 2011 and May 2012 the cross-check of the force's suppliers, contracts and card spending against its registers raised two matches, none of which were of high priority.",
        "By the end of the period PSD had found no concern in two.")]
    public void Procurement_SaysWhatTheCrossCheckRaisedAndHowPsdSettledIt(int raised, int high, int notAMatch, int noConcern, int advice, int referred, string first, string? second)
    {
        var section = new ProcurementSection().Write(new ProcurementFigures(raised, high, notAMatch, noConcern, advice, referred), Period);

        Assert.Equal(raised > 0, section.HasData);
        Assert.Equal(first, section.Paragraph[0]);
        Assert.Equal(second, section.Paragraph.Skip(1).FirstOrDefault());
    }

    [Fact]
    public void Procurement_SaysHowOftenTheQuarterlyMeetingWasHeld()
    {
        var section = new ProcurementSection().Write(new ProcurementFigures(2, 0, 0, 2, 0, 0) { MeetingsHeld = 3 }, Period);

        Assert.Equal("The heads of procurement, professional standards and the media department met three times in the period to go through the cross-check.", section.Paragraph[^1]);
        Assert.Equal(3, section.Figures.Single(f => f.Key == "procurement.meetings-held").Value);
    }

    [Theory]
    [InlineData(0, 0, 0, "No data for the period: the portal holds no integrity policies published or due to be read for September 2011 to May 2012.", null)]
    [InlineData(1, 0, 0, "Between September 2011 and May 2012 the force published one version of its integrity policies, each to be read and confirmed as understood by a set date.", null)]
    [InlineData(2, 3, 2, "Between September 2011 and May 2012 the force published two versions of its integrity policies, each to be read and confirmed as understood by a set date.",
        "Of the three confirmations that fell due, two (66.7%) were made by the read-by date.")]
    [InlineData(0, 1, 0, "Between September 2011 and May 2012 the force published no new version of its integrity policies.",
        "Of the one confirmation that fell due, none (0%) were made by the read-by date.")]
    public void Policies_SayHowManyConfirmedByTheReadByDate(int published, int due, int confirmed, string first, string? second)
    {
        var section = new PoliciesSection().Write(new PolicyFigures(published, due, confirmed), Period);

        Assert.Equal(published + due > 0, section.HasData);
        Assert.Equal(first, section.Paragraph[0]);
        Assert.Equal(second, section.Paragraph.Skip(1).FirstOrDefault());
    }

    [Fact]
    public void Training_SaysWhatWasHeldAndWhoAttended_OrThatThereIsNoData()
    {
        var none = new TrainingSection().Write(Core.Training.TrainingPeriodFigures.None, Period);
        var some = new TrainingSection().Write(new Core.Training.TrainingPeriodFigures(2, 21,
            [new Core.Training.CourseTrained("Integrity and the Code of Ethics", 20), new Core.Training.CourseTrained("Media relations", 1)]), Period);

        Assert.False(none.HasData);
        Assert.Equal("No data for the period: the portal holds no integrity training sessions for September 2011 to May 2012.", none.Paragraph[0]);
        Assert.True(some.HasData);
        Assert.Equal("Between September 2011 and May 2012 the force held two integrity training sessions, attended by 21 officers and staff.", some.Paragraph[0]);
        Assert.Equal("By course: Integrity and the Code of Ethics, 20 people; Media relations, one person.", some.Paragraph[1]);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "No data for the period: the portal holds no self-assessment or actions for September 2011 to May 2012.", null)]
    [InlineData(1, 2, 0, 0, "Between September 2011 and May 2012 the force completed one self-assessment against the integrity checklist.",
        "It completed two actions, and none was open at the end of the period.")]
    [InlineData(0, 0, 1, 1, "Between September 2011 and May 2012 the force completed no self-assessment against the integrity checklist.",
        "It completed no actions; one action was open at the end of the period, and it was overdue.")]
    [InlineData(1, 3, 4, 1, "Between September 2011 and May 2012 the force completed one self-assessment against the integrity checklist.",
        "It completed three actions; four actions were open at the end of the period, one of them overdue.")]
    public void SelfAssessment_SaysWhatWasCompletedAndWhatIsStillOpen(int assessments, int completed, int open, int overdue, string first, string? second)
    {
        var section = new SelfAssessmentSection().Write(new Core.SelfAssessment.SelfAssessmentFigures(assessments, completed, open, overdue), Period);

        Assert.Equal(first, section.Paragraph[0]);
        Assert.Equal(second, section.Paragraph.Skip(1).FirstOrDefault());
    }
}
