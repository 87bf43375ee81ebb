using Microsoft.Data.Sqlite;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// One prepared, parameterised INSERT reused for every row of a table (SQLite parses it once).
/// The caller runs it inside a large transaction; <see cref="NationalDataSet"/> commits every
/// few hundred thousand rows so the journal stays small.
/// </summary>
public sealed class BulkTable : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public BulkTable(SqliteConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        parameters = [.. columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null)))];
    }

    public long Rows { get; private set; }

    public SqliteTransaction? Transaction
    {
        set
        {
            command.Transaction = value;
            command.Prepare();
        }
    }

    public void Add(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => command.Dispose();
}
