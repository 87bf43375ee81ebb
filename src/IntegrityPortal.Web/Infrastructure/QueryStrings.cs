namespace IntegrityPortal.Web.Infrastructure;

/// <summary>Addresses of list pages that keep their filters (for pagination links).</summary>
public static class QueryStrings
{
    /// <summary><paramref name="path"/> with the non-empty values as its query string.</summary>
    public static string With(string path, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var present = values.Where(v => !string.IsNullOrEmpty(v.Value)).ToList();
        return present.Count == 0 ? path : path + QueryString.Create(present);
    }
}
