using FluentValidation;
using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Infrastructure.Imports;

/// <summary>A column of a register's import layout, as the import page and the register's docs describe it.</summary>
/// <param name="Property">The input's property the column fills, so a message about it names the column.</param>
public sealed record ImportColumn(string Name, string? Property, bool Required, string Format);

/// <summary>What the import form (Pages/Shared/_ImportForm.cshtml) shows of an import page.</summary>
public interface IImportPage
{
    string Things { get; }
    /// <summary>The hint under the file field: the formats of dates and amounts.</summary>
    string FileHint { get; }
    IReadOnlyList<ImportColumn> Layout { get; }
    IReadOnlyList<ImportProblem> Problems { get; }
}

/// <summary>
/// What the import pages of the registers share. An import is all or nothing: every row is read and
/// checked (the form's validator, then the force's records) before anything is written; a file
/// with any bad row writes nothing and the page lists every bad row with its line and reason.
/// A good file is written in one transaction. Each row goes through the register's natural key,
/// so importing the same file again adds nothing and changes nothing. Every row written is
/// audited by the DbContext, as a form's save is.
/// </summary>
public abstract class ImportPageModel<TInput>(IntegrityDbContext db, IValidator<TInput> validator) : PageModel, IImportPage
{
    public enum RowOutcome
    {
        Added,
        Updated,
        Unchanged,
    }

    protected IntegrityDbContext Db { get; } = db;

    /// <summary>The file chosen (not "File", which would hide PageModel's File results).</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public abstract IReadOnlyList<ImportColumn> Layout { get; }

    /// <summary>What the page imports, in the plural: "suppliers".</summary>
    public abstract string Things { get; }

    public abstract string FileHint { get; }

    protected abstract TInput ToInput(ImportRow row, List<(string Property, string Message)> problems);

    /// <summary>The natural key of the row, to find a key given twice in one file.</summary>
    protected abstract string KeyOf(TInput input);

    /// <summary>What the page says of a row whose key an earlier row has.</summary>
    protected virtual string Repeated(string key, int firstLine) => $"The same reference ‘{key}’ is on line {firstLine}: each row must have its own reference";

    /// <summary>The row against the force's records: (property, message) for each problem.</summary>
    protected abstract Task<List<(string Property, string Message)>> CheckAsync(int forceId, TInput input, ImportRow row, CancellationToken ct);

    protected abstract Task<RowOutcome> SaveAsync(int forceId, TInput input, ImportRow row, CancellationToken ct);

    /// <summary>After a good file is written: what the register does next, and where the user goes with the summary.</summary>
    protected abstract Task<IActionResult> ImportedAsync(int forceId, string summary, CancellationToken ct);

    public IActionResult OnGet() => Db.Actor.HomeForceId is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file to import");
            return Page();
        }

        if (Upload.Length > CsvImport.MaximumBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file must be smaller than 5 MB: split it into smaller files");
            return Page();
        }

        if (!Upload.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Upload), "The selected file must be a CSV file (ending .csv)");
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var (rows, problems) = await CsvImport.ReadAsync(stream, Layout.Select(c => c.Name).ToList(), Layout.Where(c => c.Required).Select(c => c.Name).ToList(), ct);
        var inputs = new List<(ImportRow Row, TInput Input)>();
        if (problems.All(p => p.Line != 1))
        {
            await using var reading = await Db.Database.BeginTransactionAsync(ct);
            var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                var rowProblems = new List<(string Property, string Message)>();
                var input = ToInput(row, rowProblems);
                var failures = (await validator.ValidateAsync(input, ct)).Errors
                    .Where(f => rowProblems.All(p => p.Property != f.PropertyName))
                    .Select(f => (f.PropertyName, f.ErrorMessage))
                    .ToList();
                rowProblems.AddRange(failures);
                if (rowProblems.Count == 0)
                {
                    var key = KeyOf(input);
                    if (keys.TryGetValue(key, out var first))
                    {
                        rowProblems.Add((string.Empty, Repeated(key, first)));
                    }
                    else
                    {
                        keys[key] = row.Line;
                        rowProblems.AddRange(await CheckAsync(forceId, input, row, ct));
                    }
                }

                problems.AddRange(rowProblems.Select(p => new ImportProblem(row.Line, Describe(p.Property, p.Message))));
                inputs.Add((row, input));
            }
        }

        if (problems.Count > 0)
        {
            Problems = problems.OrderBy(p => p.Line).ToList();
            var lines = Problems.Select(p => p.Line).Distinct().Count();
            ModelState.AddModelError(nameof(Upload), $"Nothing was imported: {lines} {(lines == 1 ? "row has a problem" : "rows have problems")}. Correct the rows listed below and import the file again");
            return Page();
        }

        var counts = new Dictionary<RowOutcome, int>();
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            foreach (var (row, input) in inputs)
            {
                var outcome = await SaveAsync(forceId, input, row, ct);
                counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            }

            await transaction.CommitAsync(ct);
        }

        return await ImportedAsync(forceId,
            $"{inputs.Count:N0} {(inputs.Count == 1 ? "row" : "rows")} imported from {Path.GetFileName(Upload.FileName)}: "
            + $"{counts.GetValueOrDefault(RowOutcome.Added):N0} added, {counts.GetValueOrDefault(RowOutcome.Updated):N0} updated, "
            + $"{counts.GetValueOrDefault(RowOutcome.Unchanged):N0} already recorded as they are.", ct);
    }

    private string Describe(string property, string message)
    {
        var column = Layout.FirstOrDefault(c => c.Property == property)?.Name;
        return column is null ? message : $"{column}: {message}";
    }
}
