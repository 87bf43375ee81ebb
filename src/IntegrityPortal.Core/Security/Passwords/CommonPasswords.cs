using System.IO.Compression;

namespace IntegrityPortal.Core.Security.Passwords;

/// <summary>
/// The most common passwords, at least 100,000 that differ other than in case, shipped inside
/// the assembly (see README.md beside the list for its source). Loaded once, on first use,
/// into a case-insensitive set: about 6 MB.
/// </summary>
public static class CommonPasswords
{
    public const string ResourceName = "IntegrityPortal.CommonPasswords";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common password list ({ResourceName}) is missing from the assembly.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
