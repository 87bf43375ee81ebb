namespace IntegrityPortal.Core.Data;

/// <summary>
/// A row's key with the column or columns its list is sorted by: all that choosing a page
/// needs, so it can be read from an index that covers them without reading the rows. Each sort
/// sets only the members it orders by (EF then selects only those columns).
/// </summary>
public sealed class PageKey
{
    public int Id { get; init; }
    public DateOnly? Date { get; init; }
    public DateTime? Time { get; init; }
    public long? Number { get; init; }
    public string? Text { get; init; }
    public string? Text2 { get; init; }
}
