namespace IntegrityPortal.Core.SelfAssessment;

/// <summary>
/// The first checklist, written in the portal's own words after the recommendations of HMIC's
/// 2011 report <i>Without Fear or Favour</i> and the questions its 2012 force reports answer.
/// Seeded by the migrations (see SelfAssessmentConfiguration): a change is a new version, never an edit.
/// </summary>
public static class SeededTemplate
{
    public const int Id = 1;

    public static readonly AssessmentTemplate Template = new()
    {
        Id = Id, Version = 1, Title = "Integrity self-assessment checklist", PublishedOn = new DateOnly(2026, 12, 1),
    };

    public static readonly IReadOnlyList<TemplateItem> Items = Numbered(
    [
        (AssessmentGroup.MediaRelationships, "The force has a current policy on relationships with the media: what contact is expected, what must be recorded, and who may authorise it."),
        (AssessmentGroup.MediaRelationships, "Officers and staff record their contact with journalists, and the press office reviews the records."),
        (AssessmentGroup.MediaRelationships, "Suspected unauthorised disclosures to the media are assessed, and investigated where there is evidence."),
        (AssessmentGroup.GiftsAndHospitality, "A gifts and hospitality policy sets a threshold and says what must be declared, offers declined included."),
        (AssessmentGroup.GiftsAndHospitality, "Declarations are made promptly in one register, and PSD reviews them and looks for patterns."),
        (AssessmentGroup.GiftsAndHospitality, "Chief officers' gifts and hospitality are published and scrutinised."),
        (AssessmentGroup.Procurement, "The contracts and procurement registers are cross-checked with the gifts and hospitality register, so that hospitality from a bidder or supplier is noticed."),
        (AssessmentGroup.Procurement, "Spending on corporate and purchasing cards is monitored."),
        (AssessmentGroup.Procurement, "Those who evaluate tenders or sign awards declare any interest beforehand."),
        (AssessmentGroup.SecondJobs, "Applications for business interests and second jobs are decided against written criteria, and a refusal can be appealed."),
        (AssessmentGroup.SecondJobs, "Approved business interests are reviewed at set intervals."),
        (AssessmentGroup.SecondJobs, "PSD checks that the conditions attached to approvals are kept."),
        (AssessmentGroup.SocialMedia, "A social media policy says what officers and staff may and may not post, on duty and off."),
        (AssessmentGroup.SocialMedia, "Misuse of social media is identified and acted upon."),
        (AssessmentGroup.Governance, "A chief officer leads on integrity, and a board oversees it with the police and crime commissioner informed."),
        (AssessmentGroup.Governance, "Integrity figures are reported regularly to the board and the police and crime commissioner."),
        (AssessmentGroup.Governance, "The anti-corruption unit has the staff it needs, and its capacity is reviewed."),
        (AssessmentGroup.Training, "Officers and staff have had integrity training since 2011, and new starters receive it."),
        (AssessmentGroup.Training, "Staff who may speak with the media are trained in media relations."),
        (AssessmentGroup.Training, "Training records show who is due, overdue or never trained."),
        (AssessmentGroup.InformationSecurity, "Access to force systems is audited, and misuse is detected and investigated."),
        (AssessmentGroup.InformationSecurity, "Officers and staff know how to report concerns in confidence."),
        (AssessmentGroup.InformationSecurity, "Changes to integrity policies are communicated, and the force checks that they have been read and understood."),
    ]);

    private static List<TemplateItem> Numbered(IReadOnlyList<(AssessmentGroup Group, string Text)> items) =>
        items.Select((item, i) => new TemplateItem { Id = i + 1, TemplateId = Id, Group = item.Group, Number = i + 1, Text = item.Text }).ToList();
}
