using System.Diagnostics;
using System.Text;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// The procurement cross-check's matching at national scale, in process (docs/performance.md):
/// on a labelled synthetic set (<see cref="MatcherSet"/>) of 50,000 suppliers, 2,000,000 offers
/// and 200,000 card transactions, at half, full and double size. Each run does what
/// ProcurementCrossCheck does with the names: the organisations that are the same party
/// (OrganisationMatcher.Duplicates), each offer from a supplier through them, and each card
/// holder's spending against the hospitality offered to them. Recall is measured against a
/// comparison of every pair (OrganisationMatcher.MatchEveryPair) for a sample, since every pair
/// of the whole set is 10^10 comparisons; precision and recall also against the set's labels.
/// </summary>
public static class MatcherBenchmark
{
    private const int Seed = 20261202;
    private const int Sample = 200;

    public static int Run(string outPath)
    {
        var md = new StringBuilder();
        md.AppendLine("| size | organisations | offers | card transactions | whole run, s | of which organisations + offers + cards, s | pairs of organisations taken for the same | offers from a supplier | card transactions matched |");
        md.AppendLine("|---|---:|---:|---:|---:|---|---:|---:|---:|");
        var times = new Dictionary<double, double>();
        Outcome? full = null;
        MatcherSet? fullSet = null;
        foreach (var size in new[] { 0.5, 1.0, 2.0 })
        {
            var set = MatcherSet.Build(size, Seed);
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var outcome = CrossCheck(set);
            times[size] = watch.Elapsed.TotalSeconds;
            md.AppendLine($"| {size:0.#}× | {set.Organisations.Count:N0} | {set.Offers.Count:N0} | {set.Cards.Count:N0} | {times[size]:N1} | {outcome.Steps} | {outcome.Duplicates.Count:N0} | {outcome.OffersFromSuppliers.Count:N0} | {outcome.Cards.Count:N0} |");
            Console.WriteLine($"matcher: size {size}: {times[size]:N1} s ({outcome.Steps})");
            if (size == 1.0)
            {
                (full, fullSet) = (outcome, set);
            }
        }

        md.AppendLine();
        md.AppendLine($"Doubling the data: {times[1.0] / times[0.5]:N2} times the time from half to full size, {times[2.0] / times[1.0]:N2} times from full to double (target: at most 2.3). Whole run at full size: {times[1.0]:N1} s (target: under 60 s).");
        md.AppendLine();
        md.AppendLine(Quality(fullSet!, full!));
        File.WriteAllText(outPath, md.ToString());
        Console.Write(md);
        return 0;
    }

    private sealed record Outcome(HashSet<(int, int)> Duplicates, HashSet<int> OffersFromSuppliers, List<(int OfferId, int CardId)> Cards, string Steps);

    /// <summary>The cross-check's name work over the whole set, as ProcurementCrossCheck does it for a force.</summary>
    private static Outcome CrossCheck(MatcherSet set)
    {
        var watch = Stopwatch.StartNew();
        var duplicates = OrganisationMatcher.Duplicates([.. set.Organisations.Select(o => o.Party)]);
        var duplicatesSeconds = watch.Elapsed.TotalSeconds;
        var pairs = duplicates.Select(d => Pair(d.LeftId, d.RightId)).ToHashSet();

        // Each organisation's equivalents: itself and those taken for the same.
        var isSupplier = set.Organisations.Select(o => o.IsSupplier).Prepend(false).ToArray();
        var equivalents = duplicates.SelectMany(d => new[] { (d.LeftId, d.RightId), (d.RightId, d.LeftId) }).ToLookup(p => p.Item1, p => p.Item2);
        var offersFromSuppliers = set.Offers
            .Where(o => isSupplier[o.OrganisationId] || equivalents[o.OrganisationId].Any(e => isSupplier[e]))
            .Select(o => o.Id)
            .ToHashSet();

        var offersSeconds = watch.Elapsed.TotalSeconds - duplicatesSeconds;
        var cards = new List<(int, int)>();
        var names = set.Organisations.Select(o => o.Party.Name).Prepend(string.Empty).ToArray();
        var hospitality = set.Offers.Where(o => o.IsHospitality).ToLookup(o => o.DeclarantId);
        foreach (var holder in set.Cards.GroupBy(c => c.HolderId))
        {
            var offers = hospitality[holder.Key].Select(o => new NamedParty(o.Id, names[o.OrganisationId])).ToList();
            if (offers.Count > 0)
            {
                cards.AddRange(OrganisationMatcher.Match(offers, [.. holder.Select(c => new NamedParty(c.Id, c.Merchant))], rightIsMerchant: true)
                    .Select(m => (m.LeftId, m.RightId)));
            }
        }

        var cardsSeconds = watch.Elapsed.TotalSeconds - duplicatesSeconds - offersSeconds;
        return new Outcome(pairs, offersFromSuppliers, cards, $"{duplicatesSeconds:N1} + {offersSeconds:N1} + {cardsSeconds:N1}");
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    private static string Quality(MatcherSet set, Outcome outcome)
    {
        var md = new StringBuilder();
        var entityOf = set.Organisations.Select(o => o.Entity).Prepend(-1).ToArray();
        var suppliers = set.Organisations.Where(o => o.IsSupplier).Select(o => o.Entity).ToHashSet();

        // Against the blocks' own reference: every pair compared, for a sample of organisations
        // (half of them parties with two records, where the matches are).
        var random = new Random(Seed);
        var twice = set.Organisations.GroupBy(o => o.Entity).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        var sample = twice.OrderBy(_ => random.Next()).Take(Sample / 2)
            .Concat(set.Organisations.OrderBy(_ => random.Next()).Take(Sample / 2))
            .Select(o => o.Party).DistinctBy(p => p.Id).ToList();
        var sampleIds = sample.Select(p => p.Id).ToHashSet();
        var watch = Stopwatch.StartNew();
        var everyPair = OrganisationMatcher.MatchEveryPair(sample, [.. set.Organisations.Select(o => o.Party)])
            .Where(m => m.LeftId != m.RightId).Select(m => Pair(m.LeftId, m.RightId)).ToHashSet();
        var bruteSeconds = watch.Elapsed.TotalSeconds;
        var blocked = outcome.Duplicates.Where(p => sampleIds.Contains(p.Item1) || sampleIds.Contains(p.Item2)).ToHashSet();
        var kept = everyPair.Count(blocked.Contains);
        var nameOf = set.Organisations.ToDictionary(o => o.Party.Id, o => o.Party.Name);
        foreach (var (a, b) in everyPair.Where(p => !blocked.Contains(p)).Take(20))
        {
            Console.WriteLine($"matcher: missed by the blocks: ‘{nameOf[a]}’ and ‘{nameOf[b]}’");
        }

        var comparisons = (double)sample.Count * set.Organisations.Count;
        md.AppendLine($"Recall against every pair: for {sample.Count} organisations compared with all {set.Organisations.Count:N0} ({comparisons:N0} comparisons, {bruteSeconds:N1} s; every pair of the whole set would take about {bruteSeconds * set.Organisations.Count / sample.Count / 2 / 3600:N0} hours), "
            + $"the comparison of every pair finds {everyPair.Count:N0} pairs taken for the same and the blocks find {kept:N0} of them: **{Percent(kept, everyPair.Count)} recall** (target: at least 99%); "
            + $"the blocks add {blocked.Count(p => !everyPair.Contains(p))} pairs the comparison of every pair does not.");
        md.AppendLine();

        // Against the labels: what the set really holds.
        var truePairs = set.Organisations.GroupBy(o => o.Entity).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var right = outcome.Duplicates.Count(p => entityOf[p.Item1] == entityOf[p.Item2]);
        var offerTruth = set.Offers.Where(o => suppliers.Contains(entityOf[o.OrganisationId])).Select(o => o.Id).ToHashSet();
        var offersRight = outcome.OffersFromSuppliers.Count(offerTruth.Contains);
        var offerById = set.Offers.ToDictionary(o => o.Id);
        var cardById = set.Cards.ToDictionary(c => c.Id);
        var cardTruth = set.Cards.Where(c => c.Entity > 0).Select(c => c.Id).ToHashSet();
        var cardsFound = outcome.Cards.Select(c => c.CardId).ToHashSet();
        var cardsRight = outcome.Cards.Where(c => cardById[c.CardId].Entity == entityOf[offerById[c.OfferId].OrganisationId] + 1).Select(c => c.CardId).ToHashSet();
        md.AppendLine("Against the set's labels (which records are really the same party):");
        md.AppendLine();
        md.AppendLine("| rule | found | right | precision | recall |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        md.AppendLine($"| the same organisation under two spellings (pairs) | {outcome.Duplicates.Count:N0} | {right:N0} | {Percent(right, outcome.Duplicates.Count)} | {Percent(right, truePairs)} of {truePairs:N0} |");
        md.AppendLine($"| an offer from a supplier (offers) | {outcome.OffersFromSuppliers.Count:N0} | {offersRight:N0} | {Percent(offersRight, outcome.OffersFromSuppliers.Count)} | {Percent(offersRight, offerTruth.Count)} of {offerTruth.Count:N0} |");
        md.AppendLine($"| card spending with a party that offered the holder hospitality (transactions) | {cardsFound.Count:N0} | {cardsRight.Count:N0} | {Percent(cardsRight.Count, cardsFound.Count)} | {Percent(cardsRight.Count, cardTruth.Count)} of {cardTruth.Count:N0} |");
        return md.ToString();
    }

    private static string Percent(long part, long whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:N1}%";
}
