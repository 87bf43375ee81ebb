namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>
/// The page patterns the crawl has fully checked, shared by the accounts' crawls, which run at
/// the same time: the first crawler to reach a pattern checks it, the others only read its title
/// and links.
/// </summary>
public sealed class PatternChecks
{
    private readonly HashSet<string> claimed = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>True for the first caller with this pattern: that caller checks the page.</summary>
    public bool Claim(string pattern)
    {
        lock (gate)
        {
            return claimed.Add(pattern);
        }
    }
}
