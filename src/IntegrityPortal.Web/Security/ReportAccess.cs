using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Who may see which force's governance reports, the one rule for every page under
/// <c>/Reports</c>. The role decides whether the user may read reports at all (the
/// <see cref="Policies.Reports"/> policy: a wrong role is answered 403); the user's force scope
/// decides which forces (<see cref="FindForceAsync"/>: a force outside it is "not found", 404,
/// like any record out of scope). So: a PCC sees their own force; the head of PSD and the deputy
/// chief constable their force, and an alliance's head of PSD every force of the alliance (the
/// scope of <see cref="ForceScope.For"/>); an inspector and the national administrator every
/// force. A force's administrator keeps the force's settings but reads no reports.
/// </summary>
public static class ReportAccess
{
    /// <summary>Roles that read force reports, given the force is in their scope.</summary>
    public static readonly IReadOnlyList<string> ForceReportRoles = [Roles.Pcc, Roles.HeadOfPsd, Roles.DeputyChiefConstable, Roles.Inspector];

    public static bool IsNationalAdministrator(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) && string.IsNullOrEmpty(user.FindFirstValue(PortalClaims.HomeForceId));

    /// <summary>May read the progress report and dashboard of the forces in their scope.</summary>
    public static bool MayReadForceReports(ClaimsPrincipal user) =>
        ForceReportRoles.Any(user.IsInRole) || IsNationalAdministrator(user);

    /// <summary>Roles of the chief officer team who sit on a force's integrity board, given the force is in their scope.</summary>
    public static readonly IReadOnlyList<string> IntegrityBoardRoles = [Roles.HeadOfPsd, Roles.DeputyChiefConstable, Roles.Inspector];

    /// <summary>
    /// May read the integrity board's view: the chief officer team (deputy chief constable, head
    /// of PSD), and the inspector and national administrator who read every report. The PCC
    /// holds the force to account through the dashboard and is not on the board.
    /// </summary>
    public static bool MayReadIntegrityBoard(ClaimsPrincipal user) =>
        IntegrityBoardRoles.Any(user.IsInRole) || IsNationalAdministrator(user);

    /// <summary>May compare every force side by side: the inspector and the national administrator.</summary>
    public static bool MayCompareForces(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Inspector) || IsNationalAdministrator(user);

    /// <summary>
    /// The force of a report address (<c>/Reports/{force}/…</c>, the force's code such as
    /// "thames-valley"), or null when there is no such force or it is outside the user's
    /// scope: the page answers 404 either way.
    /// </summary>
    public static async Task<ReportForce?> FindForceAsync(IntegrityDbContext db, string? code, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : await db.VisibleForces
                .Where(f => f.Code == code)
                .Select(f => new ReportForce(f.Id, f.Code, f.Name))
                .SingleOrDefaultAsync(ct);

    /// <summary>The forces whose reports the user may open, by name (for links and the national comparison).</summary>
    public static async Task<IReadOnlyList<ReportForce>> VisibleForcesAsync(IntegrityDbContext db, CancellationToken ct = default) =>
        await db.VisibleForces
            .OrderBy(f => f.Name)
            .Select(f => new ReportForce(f.Id, f.Code, f.Name))
            .ToListAsync(ct);
}

/// <summary>A force as a report names it: its id, its code in the address and its name.</summary>
public sealed record ReportForce(int Id, string Code, string Name);
