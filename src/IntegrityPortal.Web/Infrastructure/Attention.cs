using System.Security.Claims;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>Something waiting for the user, listed on the home page ("3 declarations to review").</summary>
public sealed record AttentionItem(string Text, string Href, int Count);

/// <summary>
/// Each register registers one source (services.AddScoped&lt;IAttentionSource, ...&gt;) that says
/// what awaits the signed-in user; the home page lists what all sources return.
/// </summary>
public interface IAttentionSource
{
    Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct);
}
