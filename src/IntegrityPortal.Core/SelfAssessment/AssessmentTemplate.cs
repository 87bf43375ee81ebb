namespace IntegrityPortal.Core.SelfAssessment;

/// <summary>The groups of a self-assessment checklist, in the order the checklist shows them.</summary>
public enum AssessmentGroup
{
    MediaRelationships = 1,
    GiftsAndHospitality = 2,
    Procurement = 3,
    SecondJobs = 4,
    SocialMedia = 5,
    Governance = 6,
    Training = 7,
    InformationSecurity = 8,
}

/// <summary>
/// A version of the self-assessment checklist. The portal seeds the first (in its migrations);
/// a force's assessment is run against one version, so an assessment's items never change under it.
/// Shared by every force: no force owns a template.
/// </summary>
public class AssessmentTemplate
{
    public int Id { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public DateOnly PublishedOn { get; set; }
    public List<TemplateItem> Items { get; set; } = [];
}

/// <summary>One question of a checklist version, in its group.</summary>
public class TemplateItem
{
    public int Id { get; set; }
    public int TemplateId { get; set; }
    public AssessmentGroup Group { get; set; }

    /// <summary>Its place in the checklist: 1, 2, 3... across the groups.</summary>
    public int Number { get; set; }

    public required string Text { get; set; }
}
