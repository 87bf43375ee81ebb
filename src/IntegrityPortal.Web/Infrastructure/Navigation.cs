using IntegrityPortal.Web.Security;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The service navigation. Each link names the policy of the page it leads to; the layout
/// shows a link only when that policy admits the user, so navigation and access never differ.
/// </summary>
public static class Navigation
{
    public sealed record Item(string Text, string Path, string Policy);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Home", "/", Policies.SignedIn),
        // Grouped by whose work it is: one's own records, one's team's, PSD's, the decision maker's.
        new("Gifts and hospitality", "/Gifts/Declarations", Policies.Declarant),
        new("Business interests", "/BusinessInterests/Applications", Policies.Declarant),
        new("Media contacts", "/Media/Contacts", Policies.Declarant),
        new("My team", "/Gifts/Team", Policies.LineManager),
        new("Team applications", "/BusinessInterests/Team", Policies.LineManager),
        new("Gifts register", "/Gifts/Register", Policies.Psd),
        new("Business interests (PSD)", "/BusinessInterests/Psd", Policies.Psd),
        new("Media contact log", "/Media/Office", Policies.MediaOfficeOrPsd),
        new("Investigations", "/Investigations", Policies.Psd),
        new("Business interest decisions", "/BusinessInterests/Decisions", Policies.InterestDecisions),
        new("Audit trail", "/Audit", Policies.AuditTrail),
        // Governance: the reports of the forces the user may see, and the comparison of all forces.
        new("Governance reports", "/Reports", Policies.Reports),
        new("National comparison", "/Reports/National", Policies.NationalReports),
        new("Forces", "/Admin/Forces", Policies.Administration),
        new("People", "/Admin/People", Policies.Administration),
        new("Users", "/Admin/Users", Policies.Administration),
    ];

    /// <summary>The item whose address is the longest start of the path is current (so /Reports/National is not also /Reports).</summary>
    public static bool IsCurrent(Item item, PathString path) =>
        item.Path == "/" ? path == "/" || path == "/Index"
        : Matches(item, path) && !Items.Any(other => other.Path.Length > item.Path.Length && Matches(other, path));

    private static bool Matches(Item item, PathString path) =>
        item.Path != "/" && path.StartsWithSegments(item.Path, StringComparison.OrdinalIgnoreCase);
}
