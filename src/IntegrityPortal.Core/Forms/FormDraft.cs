using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Forms;

/// <summary>
/// The answers of a form that is filled in over several question pages and checked before it
/// is sent: kept on the server, so nothing the browser posts between pages can carry them into
/// another person's or force's record. Its id is the one-time submission token: the first
/// "send" claims it (<see cref="SubmittedUtc"/>) and records what it created
/// (<see cref="RecordId"/>); a second send of the same draft finds it claimed and shows that
/// record instead of creating another. Not audited: a draft is not a register record, and the
/// record it creates is audited when it is created.
/// See docs/decisions/0053-question-pages.md.
/// </summary>
public class FormDraft : IForceOwned
{
    public Guid Id { get; set; }
    public int ForceId { get; set; }

    /// <summary>Whose answers these are: only they open the draft.</summary>
    public int PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>Which form: <see cref="FormDraftKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The answers as typed, as JSON: read back into the form's input on each page.</summary>
    public required string Answers { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Set, in the same transaction as the record it creates, by the first send.</summary>
    public DateTime? SubmittedUtc { get; set; }

    /// <summary>
    /// The record the send created (a gift declaration's or a media contact's id); for an
    /// amendment, the declaration it amends, from the start.
    /// </summary>
    public int? RecordId { get; set; }
}

/// <summary>The forms kept as drafts between question pages.</summary>
public static class FormDraftKinds
{
    public const string GiftDeclaration = "gift-declaration";
    public const string MediaContact = "media-contact";
    public const string GiftAmendment = "gift-amendment";

    /// <summary>Completing a pre-arranged media contact after it happened; the draft names the contact from the start.</summary>
    public const string MediaCompletion = "media-completion";
}
