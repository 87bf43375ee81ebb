using System.Globalization;
using System.Text;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Benchmarks;

/// <summary>One organisation record of the synthetic set, with the outside party it really is (the label).</summary>
public sealed record LabelledParty(NamedParty Party, int Entity, bool IsSupplier);

/// <summary>An offer: who declared it, from which organisation record, and whether it was hospitality.</summary>
public readonly record struct SyntheticOffer(int Id, int OrganisationId, int DeclarantId, bool IsHospitality);

/// <summary>A card transaction as the bank writes it, with the outside party it really is (0: none of the set's offerors).</summary>
public readonly record struct SyntheticCard(int Id, int HolderId, string Merchant, int Entity);

/// <summary>
/// The matcher benchmark's labelled synthetic set (docs/performance.md): suppliers, the
/// organisations offers come from (some of them the suppliers again under other spellings),
/// offers and card transactions. Names are made of invented words, so the vocabulary grows
/// with the set as a real one does, and every record knows the party it stands for, so
/// precision and recall are counted against the truth. The same seed and size give the same set.
/// </summary>
public sealed class MatcherSet
{
    // The letters of the invented words ("Tramble", "Oskerby"): consonants and vowels in turn,
    // from five to nine letters, so the vocabulary is large and its words differ as real ones do.
    private const string Consonants = "bcdfghjklmnprstvwyz";
    private const string Vowels = "aeiou";
    private static readonly string[] Clusters = ["br", "ch", "cl", "dr", "gr", "sh", "st", "th", "tr", "wh", "nd", "rk", "ll", "ss", "ng"];

    // Words of trade that many names share.
    private static readonly string[] Trades =
    [
        "Catering", "Security", "Services", "Solutions", "Consulting", "Hotels", "Events", "Logistics", "Engineering", "Systems",
        "Technology", "Facilities", "Travel", "Training", "Vehicles", "Uniforms", "Print", "Software", "Cleaning", "Forensics",
    ];

    private static readonly string[] LegalForms = ["Ltd", "Limited", "PLC", "LLP", "Ltd.", ""];

    public required IReadOnlyList<LabelledParty> Organisations { get; init; }
    public required IReadOnlyList<SyntheticOffer> Offers { get; init; }
    public required IReadOnlyList<SyntheticCard> Cards { get; init; }

    /// <summary>
    /// A set of the given size: 50,000 × size suppliers, 2,000,000 × size offers and 200,000 ×
    /// size card transactions. A fifth of the suppliers also appear under another spelling as the
    /// organisation of offers, and 2% of the other offerors twice.
    /// </summary>
    public static MatcherSet Build(double size, int seed)
    {
        var random = new Random(seed);
        int Scaled(int n) => (int)Math.Round(n * size);
        var suppliers = Scaled(50_000);
        var otherOfferors = Scaled(150_000);
        var people = Scaled(20_000);
        var holders = Scaled(2_000);

        var organisations = new List<LabelledParty>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var recordsOf = new List<List<int>>(); // entity → indexes of its records
        void Add(int entity, string name, string? company, bool isSupplier)
        {
            organisations.Add(new LabelledParty(new NamedParty(organisations.Count + 1, name, company), entity, isSupplier));
            recordsOf[entity].Add(organisations.Count - 1);
        }

        string Unique()
        {
            while (true)
            {
                var name = BaseName(random);
                if (names.Add(name))
                {
                    return name;
                }
            }
        }

        for (var e = 0; e < suppliers + otherOfferors; e++)
        {
            recordsOf.Add([]);
            var isSupplier = e < suppliers;
            var name = Unique();
            var company = isSupplier && random.NextDouble() < 0.7 ? random.Next(1_000_000, 99_999_999).ToString("D8", CultureInfo.InvariantCulture) : null;
            Add(e, $"{name} {LegalForms[random.Next(LegalForms.Length)]}".Trim(), company, isSupplier);
            if (random.NextDouble() < (isSupplier ? 0.2 : 0.02))
            {
                // The same party typed again by a declarant, without a company number.
                Add(e, Variant(name, random), null, false);
            }
        }

        // Offers: 30% from a supplier (under either of its spellings), the rest from other offerors.
        var offers = new List<SyntheticOffer>(Scaled(2_000_000));
        for (var i = 0; i < Scaled(2_000_000); i++)
        {
            var entity = random.NextDouble() < 0.3 ? random.Next(suppliers) : suppliers + random.Next(otherOfferors);
            var records = recordsOf[entity];
            var organisation = organisations[records[random.Next(records.Count)]].Party.Id;
            // The card holders (people 1 to holders) declare a larger share of the hospitality.
            var declarant = random.NextDouble() < 0.1 ? 1 + random.Next(holders) : 1 + random.Next(people);
            offers.Add(new SyntheticOffer(i + 1, organisation, declarant, random.NextDouble() < 0.4));
        }

        // Card transactions: 30% with a party that offered the holder hospitality, the rest with
        // merchants of their own (entity 0 is none of the set's parties).
        var hospitalityOf = offers.Where(o => o.IsHospitality && o.DeclarantId <= holders).ToLookup(o => o.DeclarantId);
        var cards = new List<SyntheticCard>(Scaled(200_000));
        for (var i = 0; i < Scaled(200_000); i++)
        {
            var holder = 1 + random.Next(holders);
            var offered = hospitalityOf[holder].ToList();
            if (offered.Count > 0 && random.NextDouble() < 0.3)
            {
                var party = organisations[offered[random.Next(offered.Count)].OrganisationId - 1];
                cards.Add(new SyntheticCard(i + 1, holder, Merchant(party.Party.Name, random), party.Entity + 1));
            }
            else
            {
                cards.Add(new SyntheticCard(i + 1, holder, Merchant(BaseName(random), random), 0));
            }
        }

        return new MatcherSet { Organisations = organisations, Offers = offers, Cards = cards };
    }

    private static string Word(Random random)
    {
        var word = new StringBuilder();
        var length = 5 + random.Next(5);
        var vowel = random.Next(4) == 0;
        while (word.Length < length)
        {
            word.Append(vowel ? Vowels[random.Next(Vowels.Length)].ToString()
                : random.Next(4) == 0 ? Clusters[random.Next(Clusters.Length)] : Consonants[random.Next(Consonants.Length)].ToString());
            vowel = !vowel;
        }

        return char.ToUpperInvariant(word[0]) + word.ToString(1, word.Length - 1);
    }

    /// <summary>"Tramble Catering", "Oskerby and Dunwell", "Haltiva Morenko Security".</summary>
    private static string BaseName(Random random) => random.Next(4) switch
    {
        0 => $"{Word(random)} {Trades[random.Next(Trades.Length)]}",
        1 => $"{Word(random)} and {Word(random)}",
        2 => $"{Word(random)} {Word(random)} {Trades[random.Next(Trades.Length)]}",
        _ => $"{Word(random)} {Word(random)}",
    };

    /// <summary>The name as someone else types it: one or two of the changes the matcher must allow for.</summary>
    private static string Variant(string name, Random random)
    {
        var changes = 1 + random.Next(2);
        for (var i = 0; i < changes; i++)
        {
            name = random.Next(8) switch
            {
                0 => name.ToUpperInvariant(),
                1 => name.Replace(" and ", " & ", StringComparison.Ordinal).Replace(" ", random.Next(2) == 0 ? "-" : ", ", StringComparison.Ordinal),
                2 => "The " + name,
                3 => string.Join(' ', name.Split(' ').Reverse()),
                4 => name.Replace("Services", "Svcs", StringComparison.Ordinal).Replace("Technology", "Tech", StringComparison.Ordinal) + " Limited",
                _ => Typo(name, random),
            };
        }

        return name;
    }

    /// <summary>One letter wrong, missing, doubled or swapped with the next, in a word of five letters or more.</summary>
    private static string Typo(string name, Random random)
    {
        var words = name.Split(' ');
        var long_ = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5).ToList();
        if (long_.Count == 0)
        {
            return name;
        }

        var w = long_[random.Next(long_.Count)];
        var word = words[w];
        var at = 1 + random.Next(word.Length - 2);
        words[w] = random.Next(4) switch
        {
            0 => word[..at] + (char)('a' + random.Next(26)) + word[(at + 1)..],
            1 => word[..at] + word[(at + 1)..],
            2 => word[..at] + word[at] + word[at..],
            _ => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
        };
        return string.Join(' ', words);
    }

    /// <summary>As a bank writes it: capitals, a processor's prefix or a store number, cut short, a reference after an asterisk.</summary>
    private static string Merchant(string name, Random random)
    {
        var upper = name.ToUpperInvariant();
        var text = random.Next(3) switch
        {
            0 => "SQ *" + upper,
            1 => upper + " " + random.Next(100, 9999).ToString(CultureInfo.InvariantCulture),
            _ => upper,
        };
        text = text.Length > 22 ? text[..22].TrimEnd() : text;
        return $"{text}*{random.Next(0x1000, 0xFFFF):X4}";
    }
}
