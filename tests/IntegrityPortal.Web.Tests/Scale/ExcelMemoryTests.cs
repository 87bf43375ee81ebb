using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>Tests that measure the process (its memory, its throughput) or take a minute: nothing else runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "Measured alone";
}

[Collection(MeasuredAlone.Name)]
public class ExcelMemoryTests
{
    /// <summary>
    /// Memory does not grow with the rows: the live managed heap, measured after a full
    /// collection every 20,000 rows while 100,000 rows are written, stays within a few
    /// megabytes of where it started. A workbook built in memory (or a zip entry buffered in
    /// memory, as System.IO.Packaging does) would hold tens of megabytes by the end.
    /// </summary>
    [Fact]
    public async Task HundredThousandRows_AreWrittenWithoutTheLiveHeapGrowing()
    {
        const int total = 100_000;
        ExcelColumn<int>[] columns =
        [
            .. Enumerable.Range(0, 8).Select(c => new ExcelColumn<int>($"Text {c}", i => ExcelValue.Of($"Row {i}, column {c}, some text to fill the cell"))),
            new("Date", i => ExcelValue.Of(new DateOnly(2020, 1, 1).AddDays(i % 2000))),
            new("Value", i => ExcelValue.Pounds(i)),
        ];
        var samples = new List<long>();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        async IAsyncEnumerable<int> Rows()
        {
            for (var i = 0; i < total; i++)
            {
                if (i > 0 && i % 20_000 == 0)
                {
                    samples.Add(GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }

                yield return i;
            }

            await Task.CompletedTask;
        }

        var (file, written) = await ExcelListWriter.WriteTemporaryFileAsync("List", columns, Rows(), CancellationToken.None);
        await using (file)
        {
            Assert.Equal(total, written);
            Assert.True(file.Length > 1_000_000, $"The file holds {file.Length} bytes.");
            Assert.True(samples.Max() < 16 * 1024 * 1024, $"Live heap growth every 20,000 rows: {string.Join(", ", samples.Select(s => $"{s / 1024} KB"))}.");
        }
    }
}
