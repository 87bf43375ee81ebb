using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrityPortal.Benchmarks;

/// <summary>Times each command EF sends (to the first row, which for an aggregate is the whole query), to say where a report's time goes.</summary>
internal sealed class CommandTimer : DbCommandInterceptor
{
    private readonly Stopwatch watch = new();
    public List<(double Ms, string Sql)> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        watch.Restart();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Commands.Add((watch.Elapsed.TotalMilliseconds, command.CommandText));
        return ValueTask.FromResult(result);
    }
}
