namespace IntegrityPortal.Core.Data;

/// <summary>
/// A record two people can edit at once. The DbContext bumps <see cref="Version"/> on every
/// change and uses it as the concurrency token, so the second of two racing saves fails with
/// <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/> instead of
/// silently overwriting the first (SQLite has no rowversion, so the app keeps the number).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
