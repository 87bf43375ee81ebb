using IntegrityPortal.Web.Security;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The service navigation, grouped by the user's work (GOV.UK service navigation, with the
/// current group's pages as a second row). Each link names the policy of the page it leads to;
/// the layout shows a link, and a group, only when that policy admits the user, so navigation
/// and access never differ.
/// </summary>
public static class Navigation
{
    /// <summary>The groups of the service navigation, named for the user's work, in order.</summary>
    public const string MyRecords = "My records";
    public const string MyTeam = "My team";
    public const string ProfessionalStandards = "Professional standards";
    public const string Governance = "Governance";
    public const string Administration = "Administration";
    public const string Procurement = "Procurement";

    public sealed record Item(string Text, string Path, string Policy, string? Group = null);

    public static readonly IReadOnlyList<string> Groups = [MyRecords, MyTeam, ProfessionalStandards, Procurement, Governance, Administration];

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Home", "/", Policies.SignedIn),
        new("Gifts and hospitality", "/Gifts/Declarations", Policies.Declarant, MyRecords),
        new("Business interests", "/BusinessInterests/Applications", Policies.Declarant, MyRecords),
        new("Media contacts", "/Media/Contacts", Policies.Declarant, MyRecords),
        new("Policies", "/Policies", Policies.Declarant, MyRecords),
        new("Training", "/Training", Policies.Declarant, MyRecords),
        new("Team gifts and hospitality", "/Gifts/Team", Policies.LineManager, MyTeam),
        new("Team applications", "/BusinessInterests/Team", Policies.LineManager, MyTeam),
        new("Gifts register", "/Gifts/Register", Policies.Psd, ProfessionalStandards),
        new("Business interests (PSD)", "/BusinessInterests/Psd", Policies.Psd, ProfessionalStandards),
        new("Media contact log", "/Media/Office", Policies.MediaOfficeOrPsd, ProfessionalStandards),
        new("Investigations", "/Investigations", Policies.Psd, ProfessionalStandards),
        new("Find a person", "/People", Policies.Psd, ProfessionalStandards),
        new("Procurement matches", "/Procurement/Matches", Policies.Psd, ProfessionalStandards),
        new("Cross-check meetings", "/Procurement/Meetings", Policies.Psd, ProfessionalStandards),
        // PSD and the force's administrator keep the training register, each from their own group.
        new("Training register", "/Training/Courses", Policies.Psd, ProfessionalStandards),
        // Procurement's registers. PSD reads them too, from the procurement matches page, so its
        // navigation keeps to its own work.
        new("Suppliers", "/Procurement/Suppliers", Policies.Procurement, Procurement),
        new("Contracts and tenders", "/Procurement/Contracts", Policies.Procurement, Procurement),
        new("Card transactions", "/Procurement/Cards", Policies.Procurement, Procurement),
        new("Cross-check meetings", "/Procurement/Meetings", Policies.Procurement, Procurement),
        // Governance: decisions above PSD, the audit trail, the reports and the comparison of all forces.
        new("Business interest decisions", "/BusinessInterests/Decisions", Policies.InterestDecisions, Governance),
        new("Audit trail", "/Audit", Policies.AuditTrail, Governance),
        new("Governance reports", "/Reports", Policies.Reports, Governance),
        new("Self-assessment", "/SelfAssessment", Policies.SelfAssessmentReader, Governance),
        new("National comparison", "/Reports/National", Policies.NationalReports, Governance),
        new("Forces", "/Admin/Forces", Policies.Administration, Administration),
        new("People", "/Admin/People", Policies.Administration, Administration),
        new("Users", "/Admin/Users", Policies.Administration, Administration),
        new("Training register", "/Training/Courses", Policies.Administration, Administration),
    ];

    /// <summary>
    /// The top row: Home, then each group the user has an item in, leading to its first item.
    /// The items of the current group form the second row (sub-navigation).
    /// </summary>
    public static IReadOnlyList<(string Text, string Path, bool Current, IReadOnlyList<Item> Items)> Grouped(IReadOnlyList<Item> visible, PathString path)
    {
        var rows = new List<(string, string, bool, IReadOnlyList<Item>)>();
        foreach (var home in visible.Where(i => i.Group is null))
        {
            rows.Add((home.Text, home.Path, IsCurrent(home, path), []));
        }

        foreach (var group in Groups)
        {
            var items = visible.Where(i => i.Group == group).ToList();
            if (items.Count > 0)
            {
                rows.Add((group, items[0].Path, items.Any(i => IsCurrent(i, path)), items));
            }
        }

        return rows;
    }

    /// <summary>The item whose address is the longest start of the path is current (so /Reports/National is not also /Reports).</summary>
    public static bool IsCurrent(Item item, PathString path) =>
        item.Path == "/" ? path == "/" || path == "/Index"
        : Matches(item, path) && !Items.Any(other => other.Path.Length > item.Path.Length && Matches(other, path));

    private static bool Matches(Item item, PathString path) =>
        item.Path != "/" && path.StartsWithSegments(item.Path, StringComparison.OrdinalIgnoreCase);
}
