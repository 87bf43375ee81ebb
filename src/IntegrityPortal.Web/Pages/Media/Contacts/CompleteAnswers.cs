namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>
/// What a completion's draft keeps between the form and Check your answers: the answers, and the
/// version of the contact the form was built from, so a change made in between is not
/// overwritten when the completion is saved (0006).
/// </summary>
public sealed class CompleteAnswers
{
    public LogContactInput Input { get; set; } = new();
    public int Version { get; set; }
}
