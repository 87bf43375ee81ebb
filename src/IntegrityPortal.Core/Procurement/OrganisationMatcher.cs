using System.Runtime.InteropServices;
using F23.StringSimilarity;

namespace IntegrityPortal.Core.Procurement;

/// <summary>A named party of one register: an organisation, a supplier, a bank's merchant.</summary>
public sealed record NamedParty(int Id, string Name, string? CompanyNumber = null, string? VatNumber = null);

/// <summary>Two parties the matcher takes for the same, with its score (0 to 100) and why, in words.</summary>
public sealed record NameMatch(int LeftId, int RightId, int Score, string Reason);

/// <summary>
/// Decides whether two names are the same outside party. A company or VAT number in common is
/// certain (100); two different company numbers are two companies, whatever the names. Otherwise
/// the names are reduced by <see cref="OrganisationNames"/> and compared word by word, allowing one
/// typing error within a word (one letter wrong, missing, added or two swapped, with a Jaro-Winkler
/// similarity from F23.StringSimilarity of at least <see cref="WordThreshold"/>; a bank's merchant
/// word may also be cut short), initials for a name ("BT"), and a shorter name whose every word is
/// in the longer (a bank's merchant string, "Acme Security" for "Acme Security Services").
/// <see cref="Match"/> compares only the pairs that share a block (<see cref="OrganisationNames.BlockingKeys"/>),
/// so the work grows with the number of names, not with its square.
/// </summary>
public static class OrganisationMatcher
{
    /// <summary>Below this Jaro-Winkler similarity, two words are different words (even one typing error apart).</summary>
    public const double WordThreshold = 0.92;

    /// <summary>The lowest score recorded as a match.</summary>
    public const int MinimumScore = 80;

    /// <summary>A block this large says nothing (a very common word): it is passed over rather than compared pair by pair.</summary>
    public const int MaximumBlock = 2_000;

    private static readonly JaroWinkler Similarity = new();

    private static readonly OptimalStringAlignment Distance = new();

    private sealed record Prepared(NamedParty Party, IReadOnlyList<string> Tokens, IReadOnlyList<string> Ordered, string? Company, string? Vat)
    {
        /// <summary>The reduced name (<see cref="OrganisationNames.Key"/>).</summary>
        public string Key { get; } = string.Join(' ', Tokens);
    }

    private static Prepared Prepare(NamedParty party, bool isMerchant)
    {
        var ordered = OrganisationNames.OrderedTokens(party.Name, isMerchant);
        return new(
            party,
            ordered.Distinct().Order(StringComparer.Ordinal).ToList(),
            ordered,
            ProcurementRules.NormaliseCompanyNumber(party.CompanyNumber),
            ProcurementRules.NormaliseVatNumber(party.VatNumber));
    }

    /// <summary>The match between two parties, or null when they are not taken for the same.</summary>
    public static NameMatch? Compare(NamedParty left, NamedParty right, bool rightIsMerchant = false) =>
        Compare(Prepare(left, false), Prepare(right, rightIsMerchant), rightIsMerchant);

    /// <summary>Every match between a party of <paramref name="left"/> and one of <paramref name="right"/>, found through blocks.</summary>
    public static IReadOnlyList<NameMatch> Match(IReadOnlyList<NamedParty> left, IReadOnlyList<NamedParty> right, bool rightIsMerchant = false)
    {
        var lefts = left.Select(l => Prepare(l, false)).ToList();
        var rights = right.Select(r => Prepare(r, rightIsMerchant)).ToList();
        var leftPostings = Postings(lefts);
        var rightPostings = Postings(rights);
        var alike = AlikeWords(leftPostings.Keys, rightPostings.Keys, rightIsMerchant);
        var alikeBack = Inverse(alike);
        var (reach, reachBack) = (new Dictionary<string, long>(StringComparer.Ordinal), new Dictionary<string, long>(StringComparer.Ordinal));
        var pairs = new HashSet<(int Left, int Right)>();
        for (var i = 0; i < lefts.Count; i++)
        {
            foreach (var j in WordCandidates(lefts[i].Tokens, alike, rightPostings, reach))
            {
                pairs.Add((i, j));
            }

            // A bank's merchant keeps only the distinctive words of a name: each of them is in it.
            if (rightIsMerchant)
            {
                var distinctive = lefts[i].Tokens.Where(t => !OrganisationNames.IsGeneric(t)).ToList();
                if (distinctive.Count > 0 && distinctive.Count < lefts[i].Tokens.Count)
                {
                    foreach (var j in WordCandidates(distinctive, alike, rightPostings, reach))
                    {
                        pairs.Add((i, j));
                    }
                }
            }
        }

        for (var j = 0; j < rights.Count; j++)
        {
            foreach (var i in WordCandidates(rights[j].Tokens, alikeBack, leftPostings, reachBack))
            {
                pairs.Add((i, j));
            }
        }

        var blocks = Blocks(rights);
        for (var i = 0; i < lefts.Count; i++)
        {
            foreach (var j in Candidates(lefts[i], blocks))
            {
                pairs.Add((i, j));
            }
        }

        var matches = new List<NameMatch>();
        foreach (var (i, j) in pairs.Order())
        {
            if (Compare(lefts[i], rights[j], rightIsMerchant) is { } match)
            {
                matches.Add(match);
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
        var postings = Postings(prepared);
        var words = postings.Keys;
        var alike = AlikeWords(words, words, rightIsMerchant: false);
        var reach = new Dictionary<string, long>(StringComparer.Ordinal);

        var pairs = new HashSet<(int, int)>();
        void Add(int i, int j)
        {
            if (prepared[i].Party.Id < prepared[j].Party.Id)
            {
                pairs.Add((i, j));
            }
            else if (prepared[j].Party.Id < prepared[i].Party.Id)
            {
                pairs.Add((j, i));
            }
        }

        var blocks = Blocks(prepared);
        for (var i = 0; i < prepared.Count; i++)
        {
            foreach (var j in WordCandidates(prepared[i].Tokens, alike, postings, reach))
            {
                // Name i looks up as the shorter name (or as long): a shorter name j finds i when
                // it looks up itself. And two company numbers that differ veto any name match.
                var (me, other) = (prepared[i], prepared[j]);
                if (other.Tokens.Count >= me.Tokens.Count && !(me.Company is not null && other.Company is not null && me.Company != other.Company))
                {
                    Add(i, j);
                }
            }

            foreach (var j in Candidates(prepared[i], blocks))
            {
                Add(i, j);
            }
        }

        var matches = new List<NameMatch>();
        foreach (var (i, j) in pairs.Order())
        {
            if (Compare(prepared[i], prepared[j], false) is { } match)
            {
                matches.Add(match);
            }
        }

        return matches;
    }

    /// <summary>For each word, the parties (by index) whose name holds it.</summary>
    private static Dictionary<string, List<int>> Postings(List<Prepared> parties)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < parties.Count; i++)
        {
            foreach (var token in parties[i].Tokens)
            {
                if (!postings.TryGetValue(token, out var list))
                {
                    postings[token] = list = [];
                }

                list.Add(i);
            }
        }

        return postings;
    }

    /// <summary>
    /// The names that could match a name with these words when it is the shorter of the two (or
    /// as long): each of its words must then be alike a word of the other, so it is enough to
    /// look up the names holding a word alike the one word of the name that the fewest names
    /// hold (with its alike words). A name whose words are all common ("Catering Services")
    /// looks among many; a name with one rare word, among few, however long the list.
    /// </summary>
    private static List<int> WordCandidates(IReadOnlyList<string> tokens, Dictionary<string, List<string>> alike, Dictionary<string, List<int>> postings, Dictionary<string, long> reach)
    {
        List<string>? rarest = null;
        var fewest = long.MaxValue;
        foreach (var token in tokens)
        {
            // How many names the word's alike words reach, counted once per word: a common word
            // ("Catering") has many alike spellings, and every name holding it would count them again.
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(reach, token, out var counted);
            if (!counted)
            {
                foreach (var word in alike.GetValueOrDefault(token) ?? [])
                {
                    count += postings[word].Count;
                }
            }

            if (count < fewest)
            {
                (fewest, rarest) = (count, alike.GetValueOrDefault(token));
            }
        }

        var found = new List<int>();
        foreach (var word in rarest ?? [])
        {
            found.AddRange(postings[word]);
        }

        return found;
    }

    /// <summary>
    /// For each word of <paramref name="left"/>, the words of <paramref name="right"/> the
    /// comparison could take for the same word (<see cref="AreAlike"/>). Found through blocks of
    /// words rather than of names: every word of four letters or more is filed under itself and
    /// under itself with any one letter left out, and two words are compared when they share a
    /// key. Two words one typing error apart always do: a letter wrong (the same letter left out
    /// of both), missing or added (the shorter word itself), two letters swapped (either of them
    /// left out of both). So the blocks find exactly the pairs the comparison can accept, either
    /// way round, and a word has as many keys as it has letters, whatever the size of the
    /// vocabulary. For a merchant (<paramref name="rightIsMerchant"/>) a word of
    /// <paramref name="left"/> is also filed under each of its starts of four letters or more,
    /// for a word the bank cut short. Pass the same collection twice for the words of one list.
    /// </summary>
    private static Dictionary<string, List<string>> AlikeWords(IReadOnlyCollection<string> left, IReadOnlyCollection<string> right, bool rightIsMerchant)
    {
        // One list of words: the left's, then the right's (once only when they are the same list).
        var oneList = ReferenceEquals(left, right);
        List<string> words = oneList ? [.. left] : [.. left, .. right];
        var firstRight = oneList ? 0 : left.Count;
        var keys = WordKeys(words, firstRight, rightIsMerchant);

        // Within each block (a run of equal keys), each word of the left against each of the right.
        var alikePairs = new List<(int Left, int Right)>();
        for (var start = 0; start < keys.Count;)
        {
            var end = start + 1;
            while (end < keys.Count && keys[end].Key == keys[start].Key)
            {
                end++;
            }

            for (var a = start; a < end; a++)
            {
                var x = keys[a].Word;
                for (var b = oneList ? a + 1 : start; b < end; b++)
                {
                    var y = keys[b].Word;
                    if (oneList)
                    {
                        if (words[x] != words[y] && AreAlike(words[x], words[y], otherIsMerchant: false))
                        {
                            alikePairs.Add((x, y));
                            alikePairs.Add((y, x));
                        }
                    }
                    else if (x < firstRight && y >= firstRight && words[x] != words[y] && AreAlike(words[x], words[y], rightIsMerchant))
                    {
                        alikePairs.Add((x, y));
                    }
                }
            }

            start = end;
        }

        var rightSet = right.ToHashSet(StringComparer.Ordinal);
        var alike = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in left.Where(rightSet.Contains))
        {
            alike[word] = [word];
        }

        // Two words sharing two keys (two letters swapped) were compared twice: each pair once.
        alikePairs.Sort();
        for (var i = 0; i < alikePairs.Count; i++)
        {
            if (i > 0 && alikePairs[i] == alikePairs[i - 1])
            {
                continue;
            }

            var (x, y) = alikePairs[i];
            if (!alike.TryGetValue(words[x], out var list))
            {
                alike[words[x]] = list = [];
            }

            list.Add(words[y]);
        }

        return alike;
    }

    /// <summary>
    /// The keys <see cref="AlikeWords"/> files each word under (words of four letters or more),
    /// as 64-bit hashes, sorted, so that the words of a block are neighbours: millions of keys then
    /// make no strings, lists nor lookups in a large table, which grew faster than the list. Two
    /// keys with the same hash only share a block: <see cref="AreAlike"/> refuses the words that
    /// are not alike, so nothing is lost.
    /// </summary>
    private static List<(ulong Key, int Word)> WordKeys(List<string> words, int firstRight, bool rightIsMerchant)
    {
        var keys = new List<(ulong Key, int Word)>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 4)
            {
                continue;
            }

            var scratch = word.Length <= buffer.Length ? buffer : new char[word.Length];
            var first = keys.Count;
            keys.Add((Hash(word), i));
            for (var d = 0; d < word.Length; d++)
            {
                var once = scratch[..(word.Length - 1)];
                word.AsSpan(0, d).CopyTo(once);
                word.AsSpan(d + 1).CopyTo(once[d..]);
                keys.Add((Hash(once), i));
            }

            if (rightIsMerchant && i < firstRight)
            {
                // The merchant's word may be this word's start (filed under itself).
                for (var length = 4; length < word.Length - 1; length++)
                {
                    keys.Add((Hash(word.AsSpan(0, length)), i));
                }
            }

            // "ALLO" gives "ALO" twice: the word once in each block.
            var own = CollectionsMarshal.AsSpan(keys)[first..];
            own.Sort();
            var distinct = own.Length > 0 ? 1 : 0;
            for (var k = 1; k < own.Length; k++)
            {
                if (own[k].Key != own[distinct - 1].Key)
                {
                    own[distinct++] = own[k];
                }
            }

            keys.RemoveRange(first + distinct, own.Length - distinct);
        }

        CollectionsMarshal.AsSpan(keys).Sort();
        return keys;
    }

    /// <summary>FNV-1a, 64 bits: a word block's key.</summary>
    private static ulong Hash(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// Whether the comparison takes the two words (both of four letters or more; the second a
    /// merchant's when <paramref name="otherIsMerchant"/>) for the same: at least
    /// <see cref="WordThreshold"/> alike by Jaro-Winkler, either way round, and one typing error
    /// apart (<see cref="OneTypingErrorApart"/>), or, for a merchant, the merchant's word the
    /// start of the other (a bank cuts a long name short: "CATERI" for "Catering").
    /// </summary>
    private static bool AreAlike(string word, string other, bool otherIsMerchant)
    {
        var cutShort = otherIsMerchant && word.StartsWith(other, StringComparison.Ordinal);
        if (!cutShort && !CouldBeOneTypingErrorApart(word, other))
        {
            return false;
        }

        // The distance first: most words the blocks bring are alike by Jaro-Winkler but two errors apart.
        return (cutShort || OneTypingErrorApart(word, other))
            && (Similarity.Similarity(word, other) >= WordThreshold || Similarity.Similarity(other, word) >= WordThreshold);
    }

    /// <summary>
    /// A cheap bound before the library's measures, for the many words a block brings that are
    /// not alike: one typing error changes the length by one at most and leaves, besides the
    /// start and the end the two words share, at most two letters of the longer.
    /// </summary>
    private static bool CouldBeOneTypingErrorApart(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        if (longer - shorter > 1)
        {
            return false;
        }

        var start = a.AsSpan().CommonPrefixLength(b);
        var end = 0;
        while (start + end < shorter && a[^(end + 1)] == b[^(end + 1)])
        {
            end++;
        }

        return start + end >= longer - 2;
    }

    /// <summary>
    /// Whether one letter wrong, missing, added, or two neighbouring letters swapped turn one
    /// word into the other (optimal string alignment distance, Damerau-Levenshtein's without a
    /// letter edited twice, at most 1, from F23.StringSimilarity).
    /// Jaro-Winkler alone also takes for the same words two or more errors apart when they share
    /// their start ("Howhe" and "Howhegaro" are 0.926 alike, "Grall" and "Grayull" 0.92), which
    /// are most often two different names.
    /// </summary>
    private static bool OneTypingErrorApart(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= 1 && Distance.Distance(a, b) <= 1;

    private static Dictionary<string, List<string>> Inverse(Dictionary<string, List<string>> alike)
    {
        var inverse = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, others) in alike)
        {
            foreach (var other in others)
            {
                if (!inverse.TryGetValue(other, out var list))
                {
                    inverse[other] = list = [];
                }

                list.Add(word);
            }
        }

        return inverse;
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
    /// The blocks, besides words, a party is filed under (<paramref name="lookingUp"/> false) or
    /// looks in (true): its company and VAT numbers, and initials. Those are the same but for
    /// initials: a name of several words is filed under its initials for a one-word name ("BT")
    /// to find, and looks only for one-word names equal to its initials, never for other names
    /// with the same initials: that block would grow with the list (two names in three share
    /// initials with hundreds of others at national scale).
    /// </summary>
    private static IEnumerable<string> Keys(Prepared party, bool lookingUp)
    {
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

    private static IEnumerable<int> Candidates(Prepared party, Dictionary<string, List<int>> blocks)
    {
        foreach (var key in Keys(party, lookingUp: true))
        {
            if (blocks.TryGetValue(key, out var list) && list.Count <= MaximumBlock)
            {
                foreach (var index in list)
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

        var leftKey = left.Key;
        var rightKey = right.Key;
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

        var leftShorter = left.Tokens.Count <= right.Tokens.Count;
        var (shorter, longer) = leftShorter ? (left.Tokens, right.Tokens) : (right.Tokens, left.Tokens);
        var merchantWords = !rightIsMerchant ? MerchantWords.None : leftShorter ? MerchantWords.OfTheLonger : MerchantWords.OfTheShorter;
        if (WordsWithin(shorter, longer, merchantWords) is not { } alike)
        {
            // A bank keeps the distinctive part of a name and drops the rest ("Amazon UK Services" pays as "AMZN MKTP").
            var distinctive = left.Tokens.Where(t => !OrganisationNames.IsGeneric(t)).ToList();
            if (rightIsMerchant && distinctive.Count > 0 && distinctive.Count < left.Tokens.Count && distinctive.Any(t => t.Length >= 4)
                && WordsWithin(distinctive, right.Tokens, MerchantWords.OfTheLonger) is { } distinctiveAlike && (int)Math.Floor(distinctiveAlike * 85) >= MinimumScore)
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

    /// <summary>Which of the two lists of words <see cref="WordsWithin"/> compares, if either, is a merchant's.</summary>
    private enum MerchantWords
    {
        None,
        OfTheShorter,
        OfTheLonger,
    }

    /// <summary>
    /// The mean similarity of the shorter list's words to distinct words of the longer, when each
    /// finds one the same or alike (<see cref="WordScore"/>); else null.
    /// </summary>
    private static double? WordsWithin(IReadOnlyList<string> shorter, IReadOnlyList<string> longer, MerchantWords merchantWords)
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

                var score = WordScore(word, longer[i], merchantWords);
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

    /// <summary>
    /// How alike a word of the shorter list is to one of the longer: 1 when equal; else, for two
    /// words of four letters or more, their Jaro-Winkler similarity when it is at least
    /// <see cref="WordThreshold"/> and the words are one typing error apart, or the merchant's
    /// word is the start of the other (a bank cut it short); else 0 (short words must be equal).
    /// </summary>
    private static double WordScore(string word, string other, MerchantWords merchantWords)
    {
        if (word == other)
        {
            return 1.0;
        }

        if (word.Length < 4 || other.Length < 4)
        {
            return 0.0;
        }

        var score = Similarity.Similarity(word, other);
        if (score < WordThreshold)
        {
            return 0.0;
        }

        var cutShort = merchantWords switch
        {
            MerchantWords.OfTheShorter => other.StartsWith(word, StringComparison.Ordinal),
            MerchantWords.OfTheLonger => word.StartsWith(other, StringComparison.Ordinal),
            _ => false,
        };
        return cutShort || OneTypingErrorApart(word, other) ? score : 0.0;
    }

    private static bool Initials(Prepared single, Prepared several) =>
        single.Tokens.Count == 1 && several.Ordered.Count >= 2 && single.Tokens[0].Length == several.Ordered.Count
        && single.Tokens[0] == string.Concat(several.Ordered.Select(t => t[0]));
}
