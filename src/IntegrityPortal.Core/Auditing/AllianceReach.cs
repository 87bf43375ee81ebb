using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// A PSD or head of PSD role held in a force of an alliance works in every force of the
/// alliance (<see cref="ForceScope"/>). Its grant or removal is therefore recorded in the
/// audit trail of each partner force too, so the partner's PSD sees who gained powers over
/// its records.
/// </summary>
internal static class AllianceReach
{
    public static async Task<IReadOnlyList<AuditEvent>> PartnerCopiesAsync(IntegrityDbContext db, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var roleEvents = events
            .Where(e => e is { EntityType: "UserRole", RecordForceId: not null }
                        && Roles.AllianceRoles.Contains(e.EntityId[(e.EntityId.LastIndexOf(':') + 1)..]))
            .ToList();
        if (roleEvents.Count == 0)
        {
            return [];
        }

        var forceIds = roleEvents.Select(e => e.RecordForceId!.Value).Distinct().ToList();
        // Forces carry no query filter: the partners are found whatever the actor's scope.
        var forces = await db.Forces.AsNoTracking()
            .Where(f => forceIds.Contains(f.Id) && f.AllianceId != null)
            .Select(f => new { f.Id, f.Name, Partners = db.Forces.Where(p => p.AllianceId == f.AllianceId && p.Id != f.Id).Select(p => p.Id).ToList() })
            .ToListAsync(ct);
        return (from e in roleEvents
                from force in forces.Where(f => f.Id == e.RecordForceId)
                from partner in force.Partners
                select new AuditEvent
                {
                    OccurredUtc = e.OccurredUtc,
                    UserId = e.UserId,
                    UserName = e.UserName,
                    Roles = e.Roles,
                    ActorForceId = e.ActorForceId,
                    RecordForceId = partner,
                    Action = e.Action,
                    EntityType = e.EntityType,
                    EntityId = e.EntityId,
                    Changes = e.Changes,
                    Justification = $"Alliance role of an account of {force.Name}: it applies in this force too",
                }).ToList();
    }
}
