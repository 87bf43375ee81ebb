using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// The media department's flag of a suspected leak: a referral to PSD. It concerns either a
/// logged contact (<see cref="MediaContactId"/> set) or a published article (title, date and
/// address set); the outlet is named in both cases.
/// </summary>
public class SuspectedLeak : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }

    /// <summary>Set when a logged contact is flagged.</summary>
    public int? MediaContactId { get; set; }
    public MediaContact? MediaContact { get; set; }

    public int OutletId { get; set; }
    public Organisation? Outlet { get; set; }
    public string OutletName { get; set; } = string.Empty;
    public string? JournalistName { get; set; }

    // Set when an article is flagged.
    public string? ArticleTitle { get; set; }
    public DateOnly? ArticlePublishedOn { get; set; }
    public string? ArticleUrl { get; set; }

    /// <summary>Why the department suspects a leak.</summary>
    public string Reason { get; set; } = string.Empty;
    public string FlaggedBy { get; set; } = string.Empty;
    public DateTime FlaggedUtc { get; set; }

    public SuspectedLeakStatus Status { get; set; }

    /// <summary>
    /// The UK date PSD answered (opened a case or recorded none). An answer is never undone, so
    /// this date is the flag's one dated change of status, and a past period reads it.
    /// </summary>
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>The investigation PSD opened from this flag, if any.</summary>
    public int? InvestigationId { get; set; }
    public string? PsdNote { get; set; }

    public int Version { get; set; }

    /// <summary>The reference people quote: SL-000123.</summary>
    public string Reference => $"SL-{Id:D6}";
}
