namespace IntegrityPortal.Core.Security.Passwords;

/// <summary>
/// NCSC's advice is to refuse the passwords an attacker tries first rather than to demand
/// composition: the most common passwords, and those built from what an attacker knows about
/// the account (its user name, the person's name, the portal's name).
/// </summary>
public static class GuessablePasswords
{
    public const string PortalName = "Integrity Portal";

    public const string CommonMessage = "Password is too common. Choose a password that others are unlikely to use, such as three random words";
    public const string PersonalMessage = "Password must not contain your user name, your name or the name of the portal";

    // Shorter name parts ("Li", "Ng") would refuse too many good pass phrases that merely contain them.
    private const int ShortestNamePart = 3;

    /// <summary>Why the password is refused, or null when it may be used.</summary>
    /// <param name="userName">The account's user name.</param>
    /// <param name="names">The person's given and family names, or the account's display name.</param>
    public static string? Check(string password, string? userName, IEnumerable<string?> names)
    {
        if (CommonPasswords.Contains(password))
        {
            return CommonMessage;
        }

        var compact = Compact(password);
        var words = new List<string> { Compact(PortalName) };
        if (!string.IsNullOrWhiteSpace(userName))
        {
            words.Add(Compact(userName));
        }

        words.AddRange(names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => n!.Split([' ', '-', '\'', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Compact)
            .Where(n => n.Length >= ShortestNamePart));

        return words.Any(w => w.Length > 0 && compact.Contains(w, StringComparison.Ordinal)) ? PersonalMessage : null;
    }

    // Letters and digits only, in lower case: "Officer.Cumbria" and "officer-cumbria" are the same guess.
    private static string Compact(string value) =>
        new(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
