namespace IntegrityPortal.Core.Security;

/// <summary>
/// The portal's roles. The names are stored in the database and used in account names of the
/// demonstration data; <see cref="DisplayName"/> is what users read. Line manager is not a
/// role: it is the relationship <see cref="People.Person.LineManagerId"/>.
/// </summary>
public static class Roles
{
    public const string Officer = "officer";
    public const string Psd = "psd";
    public const string HeadOfPsd = "head-of-psd";
    public const string DeputyChiefConstable = "dcc";
    public const string PressOffice = "press-office";
    public const string Procurement = "procurement";
    public const string Pcc = "pcc";
    public const string Inspector = "inspector";
    public const string Administrator = "admin";

    public static readonly IReadOnlyList<string> All =
        [Officer, Psd, HeadOfPsd, DeputyChiefConstable, PressOffice, Procurement, Pcc, Inspector, Administrator];

    /// <summary>Roles held by someone who belongs to a force.</summary>
    public static readonly IReadOnlyList<string> ForceRoles =
        [Officer, Psd, HeadOfPsd, DeputyChiefConstable, PressOffice, Procurement, Pcc, Administrator];

    /// <summary>Roles whose holder, in a force of an alliance, serves every force of the alliance.</summary>
    public static readonly IReadOnlyList<string> AllianceRoles = [Psd, HeadOfPsd];

    /// <summary>
    /// Roles that grant PSD, head of PSD, DCC or PCC powers. Only a national administrator gives
    /// one directly; a force administrator's grant waits for the force's head of PSD to approve it.
    /// </summary>
    public static readonly IReadOnlyList<string> SecondApprovalRoles = [Psd, HeadOfPsd, DeputyChiefConstable, Pcc];

    /// <summary>Roles that may be held without a home force, seeing every force.</summary>
    public static readonly IReadOnlyList<string> NationalRoles = [Inspector, Administrator];

    public static string DisplayName(string role) => role switch
    {
        Officer => "Officer or staff member",
        Psd => "PSD officer",
        HeadOfPsd => "Head of PSD",
        DeputyChiefConstable => "Deputy chief constable",
        PressOffice => "Press office",
        Procurement => "Procurement",
        Pcc => "Police and crime commissioner",
        Inspector => "Inspector (HMIC)",
        Administrator => "Administrator",
        _ => role,
    };
}
