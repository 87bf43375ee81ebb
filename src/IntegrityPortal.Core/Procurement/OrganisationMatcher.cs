using F23.StringSimilarity;

namespace IntegrityPortal.Core.Procurement;

/// <summary>A named party of one register: an organisation, a supplier, a bank's merchant.</summary>
public sealed record NamedParty(int Id, string Name, string? CompanyNumber = null, string? VatNumber = null);

/// <summary>Two parties the matcher takes for the same, with its score (0 to 100) and why, in words.</summary>
public sealed record NameMatch(int LeftId, int RightId, int Score, string Reason);

/// <summary>
/// Decides whether two names are the same outside party. A company or VAT number in common is
/// certain (100); two different company numbers are two companies, whatever the names. Otherwise
/// the names are reduced by <see cref="OrganisationNames"/> and compared word by word, allowing a
/// typing error within a word (Jaro-Winkler similarity from F23.StringSimilarity, at least
/// <see cref="WordThreshold"/>), initials for a name ("BT"), and a shorter name whose every word is
/// in the longer (a bank's merchant string, "Acme Security" for "Acme Security Services").
/// <see cref="Match"/> compares only the pairs that share a block (<see cref="OrganisationNames.BlockingKeys"/>),
/// so the work grows with the number of names, not with its square.
/// </summary>
public static class OrganisationMatcher
{
    /// <summary>Below this, two words are different words.</summary>
    public const double WordThreshold = 0.92;

    /// <summary>The lowest score recorded as a match.</summary>
    public const int MinimumScore = 80;

    /// <summary>A block this large says nothing (a very common word): it is passed over rather than compared pair by pair.</summary>
    public const int MaximumBlock = 2_000;

    private static readonly JaroWinkler Similarity = new();

    private sealed record Prepared(NamedParty Party, IReadOnlyList<string> Tokens, IReadOnlyList<string> Ordered, string? Company, string? Vat);

    private static Prepared Prepare(NamedParty party, bool isMerchant) => new(
        party,
        OrganisationNames.Tokens(party.Name, isMerchant),
        OrganisationNames.OrderedTokens(party.Name, isMerchant),
        ProcurementRules.NormaliseCompanyNumber(party.CompanyNumber),
        ProcurementRules.NormaliseVatNumber(party.VatNumber));

    /// <summary>The match between two parties, or null when they are not taken for the same.</summary>
    public static NameMatch? Compare(NamedParty left, NamedParty right, bool rightIsMerchant = false) =>
        Compare(Prepare(left, false), Prepare(right, rightIsMerchant), rightIsMerchant);

    /// <summary>Every match between a party of <paramref name="left"/> and one of <paramref name="right"/>, found through blocks.</summary>
    public static IReadOnlyList<NameMatch> Match(IReadOnlyList<NamedParty> left, IReadOnlyList<NamedParty> right, bool rightIsMerchant = false)
    {
        var rights = right.Select(r => Prepare(r, rightIsMerchant)).ToList();
        var blocks = Blocks(rights);
        var matches = new List<NameMatch>();
        foreach (var l in left.Select(l => Prepare(l, false)))
        {
            foreach (var index in Candidates(l, blocks, rights))
            {
                if (Compare(l, rights[index], rightIsMerchant) is { } match)
                {
                    matches.Add(match);
                }
            }
        }

        return matches;
    }

    /// <summary>
    /// Every match between <paramref name="left"/> and <paramref name="right"/> found by comparing
    /// every pair, without blocks: the reference the blocks are measured against (the matcher
    /// benchmark's recall). Its work grows with the product of the two lists, so the portal
    /// never runs it.
    /// </summary>
    public static IReadOnlyList<NameMatch> MatchEveryPair(IReadOnlyList<NamedParty> left, IReadOnlyList<NamedParty> right, bool rightIsMerchant = false)
    {
        var rights = right.Select(r => Prepare(r, rightIsMerchant)).ToList();
        var matches = new List<NameMatch>();
        foreach (var l in left.Select(l => Prepare(l, false)))
        {
            foreach (var r in rights)
            {
                if (Compare(l, r, rightIsMerchant) is { } match)
                {
                    matches.Add(match);
                }
            }
        }

        return matches;
    }

    /// <summary>Pairs within one list that are the same party under two records (each pair once, lower id on the left).</summary>
    public static IReadOnlyList<NameMatch> Duplicates(IReadOnlyList<NamedParty> parties)
    {
        var prepared = parties.Select(p => Prepare(p, false)).ToList();
        var blocks = Blocks(prepared);
        var matches = new List<NameMatch>();
        for (var i = 0; i < prepared.Count; i++)
        {
            foreach (var j in Candidates(prepared[i], blocks, prepared).Where(j => prepared[j].Party.Id > prepared[i].Party.Id))
            {
                if (Compare(prepared[i], prepared[j], false) is { } match)
                {
                    matches.Add(match);
                }
            }
        }

        return matches;
    }

    private static Dictionary<string, List<int>> Blocks(List<Prepared> parties)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < parties.Count; i++)
        {
            foreach (var key in Keys(parties[i], lookingUp: false))
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    blocks[key] = list = [];
                }

                list.Add(i);
            }
        }

        return blocks;
    }

    /// <summary>
    /// The blocks a party is filed under (<paramref name="lookingUp"/> false) or looks in (true).
    /// They are the same but for initials: a name of several words is filed under its initials
    /// for a one-word name ("BT") to find, and looks only for one-word names equal to its
    /// initials, never for other names with the same initials: that block would grow with the
    /// list (two names in three share initials with hundreds of others at national scale).
    /// </summary>
    private static IEnumerable<string> Keys(Prepared party, bool lookingUp)
    {
        foreach (var key in OrganisationNames.BlockingKeys(party.Tokens))
        {
            yield return "n:" + key;
        }

        if (party.Ordered.Count >= 2)
        {
            yield return (lookingUp ? "one:" : "several:") + string.Concat(party.Ordered.Select(t => t[0]));
        }
        else if (party.Tokens.Count == 1 && party.Tokens[0].Length is >= 2 and <= 5)
        {
            yield return (lookingUp ? "several:" : "one:") + party.Tokens[0];
        }

        if (party.Company is not null)
        {
            yield return "c:" + party.Company;
        }

        if (party.Vat is not null)
        {
            yield return "v:" + party.Vat;
        }
    }

    private static IEnumerable<int> Candidates(Prepared party, Dictionary<string, List<int>> blocks, List<Prepared> others)
    {
        var seen = new HashSet<int>();
        foreach (var key in Keys(party, lookingUp: true))
        {
            if (blocks.TryGetValue(key, out var list) && list.Count <= MaximumBlock)
            {
                foreach (var index in list.Where(seen.Add))
                {
                    yield return index;
                }
            }
        }
    }

    private static NameMatch? Compare(Prepared left, Prepared right, bool rightIsMerchant)
    {
        NameMatch Certain(string reason) => new(left.Party.Id, right.Party.Id, 100, reason);

        if (left.Company is not null && right.Company is not null)
        {
            if (left.Company == right.Company)
            {
                return Certain($"Same company number, {left.Company}");
            }

            return null;
        }

        if (left.Vat is not null && left.Vat == right.Vat)
        {
            return Certain($"Same VAT number, {left.Vat}");
        }

        if (left.Tokens.Count == 0 || right.Tokens.Count == 0)
        {
            return null;
        }

        var leftKey = string.Join(' ', left.Tokens);
        var rightKey = string.Join(' ', right.Tokens);
        var what = rightIsMerchant ? "the merchant" : "the name";
        if (leftKey == rightKey)
        {
            return new NameMatch(left.Party.Id, right.Party.Id, rightIsMerchant ? 95 : 100,
                $"‘{left.Party.Name}’ and {what} ‘{right.Party.Name}’ are the same once case, punctuation, legal form and word order are set aside");
        }

        if (Initials(left, right) || Initials(right, left))
        {
            return new NameMatch(left.Party.Id, right.Party.Id, MinimumScore, $"‘{left.Party.Name}’ and {what} ‘{right.Party.Name}’: one is the initials of the other");
        }

        var (shorter, longer) = left.Tokens.Count <= right.Tokens.Count ? (left.Tokens, right.Tokens) : (right.Tokens, left.Tokens);
        if (WordsWithin(shorter, longer) is not { } alike)
        {
            // A bank keeps the distinctive part of a name and drops the rest ("Amazon UK Services" pays as "AMZN MKTP").
            var distinctive = left.Tokens.Where(t => !OrganisationNames.IsGeneric(t)).ToList();
            if (rightIsMerchant && distinctive.Count > 0 && distinctive.Count < left.Tokens.Count && distinctive.Any(t => t.Length >= 4)
                && WordsWithin(distinctive, right.Tokens) is { } distinctiveAlike && (int)Math.Floor(distinctiveAlike * 85) >= MinimumScore)
            {
                return new NameMatch(left.Party.Id, right.Party.Id, (int)Math.Floor(distinctiveAlike * 85),
                    $"The distinctive words of ‘{left.Party.Name}’ ({string.Join(", ", distinctive)}) are in the merchant ‘{right.Party.Name}’");
            }

            return null;
        }

        if (shorter.Count == longer.Count)
        {
            var score = (int)Math.Floor(alike * 100);
            return score < MinimumScore ? null : new NameMatch(left.Party.Id, right.Party.Id, Math.Min(score, 99),
                $"‘{left.Party.Name}’ and {what} ‘{right.Party.Name}’ differ only by a typing error ({score}% alike)");
        }

        // A shorter name is a match only if it keeps a distinctive word: "Services" alone is not a name.
        if (!shorter.Any(t => t.Length >= 4 && !OrganisationNames.IsGeneric(t)))
        {
            return null;
        }

        var partial = (int)Math.Floor(alike * (rightIsMerchant ? 90 : 85));
        return partial < MinimumScore ? null : new NameMatch(left.Party.Id, right.Party.Id, partial,
            $"Every word of the shorter of ‘{left.Party.Name}’ and {what} ‘{right.Party.Name}’ is in the longer");
    }

    /// <summary>
    /// The mean similarity of the shorter list's words to distinct words of the longer, when each
    /// finds one at least <see cref="WordThreshold"/> alike (short words must be equal); else null.
    /// </summary>
    private static double? WordsWithin(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        var used = new bool[longer.Count];
        var total = 0.0;
        foreach (var word in shorter)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var i = 0; i < longer.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var score = word == longer[i] ? 1.0
                    : word.Length >= 4 && longer[i].Length >= 4 ? Similarity.Similarity(word, longer[i])
                    : 0.0;
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            if (best < 0 || bestScore < WordThreshold)
            {
                return null;
            }

            used[best] = true;
            total += bestScore;
        }

        return total / shorter.Count;
    }

    private static bool Initials(Prepared single, Prepared several) =>
        single.Tokens.Count == 1 && several.Ordered.Count >= 2 && single.Tokens[0].Length == several.Ordered.Count
        && single.Tokens[0] == string.Concat(several.Ordered.Select(t => t[0]));
}
