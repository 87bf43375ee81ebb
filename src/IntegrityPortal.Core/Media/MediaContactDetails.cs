namespace IntegrityPortal.Core.Media;

/// <summary>What the officer or member of staff logs about one contact with a journalist.</summary>
public sealed record MediaContactDetails
{
    public DateTime ContactedUtc { get; init; }
    public string JournalistName { get; init; } = string.Empty;
    public int OutletId { get; init; }
    public MediaContactMethod Method { get; init; }
    public bool WasPreArranged { get; init; }
    public bool WasVisitToMediaEstablishment { get; init; }
    public string Subject { get; init; } = string.Empty;
    public string Disclosed { get; init; } = string.Empty;
    public bool WasAuthorised { get; init; }
    public string? AuthorisedBy { get; init; }
}

/// <summary>A published article the media department suspects came from a leak.</summary>
public sealed record ArticleDetails
{
    public int OutletId { get; init; }
    public string? JournalistName { get; init; }
    public string Title { get; init; } = string.Empty;
    public DateOnly PublishedOn { get; init; }
    public string? Url { get; init; }
    public string Reason { get; init; } = string.Empty;
}
