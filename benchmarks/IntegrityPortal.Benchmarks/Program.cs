using System.Globalization;
using IntegrityPortal.Benchmarks;

// The benchmark's commands (benchmarks/run.sh runs them in order; docs/performance.md):
//   generate <db> [--scale 1] [--seed 20261201] [--forces 43] [--today yyyy-MM-dd]   build the national data set
//   queries <db>                     EF against raw SQL, and the figures and reports, in process
//   reports <db>                     the figures and reports alone, in process
//   load <url> <db> <out.md> [--seconds 30] [--connections 32] [--writers 16]   the HTTP load run
//   match <out.md>                   the procurement cross-check's matcher on a labelled synthetic set
//   soak <url> <db> <out.md> [--minutes 30] [--readers 16] [--writers 4]   mixed load for a long time: does memory grow?
//   page <url> <user> <path> [--seconds 10] [--connections 32]   one page against the trivial page, for working on one page
//   writes <url> <db> [--seconds 10] [--writers 16]              the writers alone
var command = args.FirstOrDefault() ?? "";
string Option(string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

switch (command)
{
    case "generate":
    {
        var options = new DataSetOptions(
            int.Parse(Option("--seed", "20261201"), CultureInfo.InvariantCulture),
            double.Parse(Option("--scale", "1"), CultureInfo.InvariantCulture),
            Option("--forces", "") is { Length: > 0 } f ? int.Parse(f, CultureInfo.InvariantCulture) : null,
            Option("--today", "") is { Length: > 0 } t ? DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.UtcNow));
        var (rows, took) = await NationalDataSet.BuildAsync(args[1], options, Console.Out);
        Console.WriteLine($"Built {args[1]}: {rows:N0} rows in {took.TotalSeconds:N0} s");
        return 0;
    }
    case "queries":
        return await QueryBenchmark.RunAsync(args[1], Option("--out", ""));
    case "reports":
        return await QueryBenchmark.RunAsync(args[1], Option("--out", ""), reportsOnly: true);
    case "load":
        return await LoadBenchmark.RunAsync(args[1], args[2], args[3],
            int.Parse(Option("--seconds", "30"), CultureInfo.InvariantCulture),
            int.Parse(Option("--connections", "32"), CultureInfo.InvariantCulture),
            int.Parse(Option("--writers", "16"), CultureInfo.InvariantCulture));
    case "soak":
        return await SoakBenchmark.RunAsync(args[1], args[2], args[3],
            int.Parse(Option("--minutes", "30"), CultureInfo.InvariantCulture),
            int.Parse(Option("--readers", "16"), CultureInfo.InvariantCulture),
            int.Parse(Option("--writers", "4"), CultureInfo.InvariantCulture));
    case "page":
        return await LoadBenchmark.PageAsync(args[1], args[2], args[3],
            int.Parse(Option("--seconds", "10"), CultureInfo.InvariantCulture),
            int.Parse(Option("--connections", "32"), CultureInfo.InvariantCulture));
    case "writes":
        return await LoadBenchmark.WritesAsync(args[1], args[2],
            int.Parse(Option("--seconds", "10"), CultureInfo.InvariantCulture),
            int.Parse(Option("--writers", "16"), CultureInfo.InvariantCulture));
    case "match":
        return MatcherBenchmark.Run(args[1]);
    default:
        Console.Error.WriteLine("Usage: generate <db> | queries <db> | reports <db> | load <url> <db> <out.md> | match <out.md> | soak <url> <db> <out.md> | page <url> <user> <path> | writes <url> <db>");
        return 2;
}
