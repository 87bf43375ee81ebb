using System.Globalization;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// A list page's filter as its read event records it ("status AwaitingPsd, page 2"): the
/// filter, never the rows. Values left empty are left out.
/// </summary>
public static class AuditDescription
{
    public static string Of(params (string Name, object? Value)[] parts)
    {
        var given = parts
            .Where(p => p.Value is not null && !(p.Name == "page" && p.Value is 1))
            .Select(p => $"{p.Name} {Format(p.Value!)}")
            .ToList();
        return given.Count == 0 ? "no filter" : string.Join(", ", given);
    }

    private static string Format(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
