using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Organisations;

/// <summary>What a merge moves: how many records of each kind name the organisation that goes.</summary>
public sealed record MergeCounts(int Offers, int Interests, int MediaContacts, int SuspectedLeaks, int Suppliers, int ContractsWon, int Bids, int Matches)
{
    public int Total => Offers + Interests + MediaContacts + SuspectedLeaks + Suppliers + ContractsWon + Bids + Matches;
}

/// <summary>
/// Merges an organisation entered twice (a duplicate-organisation match) into the one whose name
/// is kept: every record that names the other moves to the kept one (with the names the registers
/// keep on their rows), each change audited by the DbContext, then the other is removed, so the
/// picker never offers it again and the cross-check never sees it; the match is settled as merged.
/// Versions of declarations and contacts are history and keep naming what was declared then.
/// See docs/decisions/0070-organisation-merge.md.
/// </summary>
public static class OrganisationMerge
{
    /// <summary>
    /// Every foreign key to <see cref="Organisation"/> the merge moves, as (entity, property). A test
    /// compares it with the EF model, so a new reference cannot be added without being handled here.
    /// </summary>
    public static readonly IReadOnlySet<(string Entity, string Property)> Handled = new HashSet<(string, string)>
    {
        ("GiftDeclaration", "OrganisationId"),
        ("BusinessInterest", "OrganisationId"),
        ("MediaContact", "OutletId"),
        ("SuspectedLeak", "OutletId"),
        ("Supplier", "OrganisationId"),
        ("Contract", "SupplierOrganisationId"),
        ("ContractBidder", "OrganisationId"),
    };

    /// <summary>Why the two cannot be merged, or null: records whose key would then name the kept organisation twice.</summary>
    public static async Task<string?> ProblemAsync(IntegrityDbContext db, int forceId, int keepId, int otherId, CancellationToken ct = default)
    {
        var suppliers = await db.Suppliers.Where(s => s.ForceId == forceId && (s.OrganisationId == keepId || s.OrganisationId == otherId))
            .OrderBy(s => s.SupplierReference).Select(s => s.SupplierReference).ToListAsync(ct);
        if (suppliers.Count == 2)
        {
            return $"Both organisations are suppliers of the force ({suppliers[0]} and {suppliers[1]}): procurement must settle which supplier record stands before they can be merged";
        }

        var both = await db.ContractBidders.Where(b => b.ForceId == forceId && b.OrganisationId == otherId)
            .Where(b => db.ContractBidders.Any(k => k.ContractId == b.ContractId && k.OrganisationId == keepId))
            .Select(b => b.Contract!.Reference).FirstOrDefaultAsync(ct);
        return both is null ? null : $"Both organisations are bidders for contract {both}, so they cannot be merged";
    }

    public static async Task<MergeCounts> CountAsync(IntegrityDbContext db, ProcurementMatch match, int otherId, CancellationToken ct = default) => new(
        await db.GiftDeclarations.CountAsync(g => g.ForceId == match.ForceId && g.OrganisationId == otherId, ct),
        await db.BusinessInterests.CountAsync(b => b.ForceId == match.ForceId && b.OrganisationId == otherId, ct),
        await db.MediaContacts.CountAsync(c => c.ForceId == match.ForceId && c.OutletId == otherId, ct),
        await db.SuspectedLeaks.CountAsync(l => l.ForceId == match.ForceId && l.OutletId == otherId, ct),
        await db.Suppliers.CountAsync(s => s.ForceId == match.ForceId && s.OrganisationId == otherId, ct),
        await db.Contracts.CountAsync(c => c.ForceId == match.ForceId && c.SupplierOrganisationId == otherId, ct),
        await db.ContractBidders.CountAsync(b => b.ForceId == match.ForceId && b.OrganisationId == otherId, ct),
        await OtherMatches(db, match.ForceId, otherId, match.Id).CountAsync(ct));

    /// <summary>
    /// Merges the match's two organisations into <paramref name="keepId"/> (one of them) and settles
    /// the match as merged, in one transaction the caller has begun; saves. The caller has checked
    /// <see cref="ProblemAsync"/> and that the match is still new.
    /// </summary>
    public static async Task MergeAsync(IntegrityDbContext db, ProcurementMatch match, int keepId, CancellationToken ct = default)
    {
        if (match.Kind != MatchKind.DuplicateOrganisation || (keepId != match.LeftId && keepId != match.RightId))
        {
            throw new DomainRuleException("Only the two organisations of a duplicate-organisation match are merged.");
        }

        var forceId = match.ForceId;
        var otherId = keepId == match.LeftId ? match.RightId : match.LeftId;
        var keep = await db.Organisations.SingleAsync(o => o.Id == keepId && o.ForceId == forceId, ct);
        var other = await db.Organisations.SingleAsync(o => o.Id == otherId && o.ForceId == forceId, ct);

        // The match is settled first: its version check (and, on SQL Server, its row lock) makes a
        // second merge of the same pair fail here, before it moves anything.
        match.Status = MatchStatus.Merged;
        match.OutcomeNote = $"‘{other.Name}’ (organisation {other.Id}) was merged into ‘{keep.Name}’ (organisation {keep.Id}).";
        match.SettledBy = db.Actor.UserName;
        match.SettledUtc = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        // The kept record learns the company number only the other knew.
        keep.CompanyNumber ??= other.CompanyNumber;

        foreach (var g in await db.GiftDeclarations.Where(g => g.ForceId == forceId && g.OrganisationId == otherId).ToListAsync(ct))
        {
            (g.OrganisationId, g.OrganisationName) = (keepId, keep.Name);
        }

        foreach (var b in await db.BusinessInterests.Where(b => b.ForceId == forceId && b.OrganisationId == otherId).ToListAsync(ct))
        {
            (b.OrganisationId, b.OrganisationName) = (keepId, keep.Name);
        }

        foreach (var c in await db.MediaContacts.Where(c => c.ForceId == forceId && c.OutletId == otherId).ToListAsync(ct))
        {
            (c.OutletId, c.OutletName) = (keepId, keep.Name);
        }

        foreach (var l in await db.SuspectedLeaks.Where(l => l.ForceId == forceId && l.OutletId == otherId).ToListAsync(ct))
        {
            (l.OutletId, l.OutletName) = (keepId, keep.Name);
        }

        foreach (var s in await db.Suppliers.Where(s => s.ForceId == forceId && s.OrganisationId == otherId).ToListAsync(ct))
        {
            s.OrganisationId = keepId;
        }

        foreach (var c in await db.Contracts.Where(c => c.ForceId == forceId && c.SupplierOrganisationId == otherId).ToListAsync(ct))
        {
            c.SupplierOrganisationId = keepId;
        }

        foreach (var b in await db.ContractBidders.Where(b => b.ForceId == forceId && b.OrganisationId == otherId).ToListAsync(ct))
        {
            b.OrganisationId = keepId;
        }

        await MoveMatchesAsync(db, match, keepId, otherId, ct);

        await db.SaveChangesAsync(ct);

        // Nothing names the other now (the database's foreign keys would refuse the removal otherwise).
        db.PermitRemovalOfMerged(other);
        db.Organisations.Remove(other);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The matches other than the merged pair's own that name the organisation that goes. A merge is
    /// rare and reads the force's matches once (no index holds the organisation columns).
    /// </summary>
    private static IQueryable<ProcurementMatch> OtherMatches(IntegrityDbContext db, int forceId, int otherId, int exceptMatchId) =>
        db.ProcurementMatches.Where(m => m.ForceId == forceId && m.Id != exceptMatchId
            && (m.LeftOrganisationId == otherId || m.RightOrganisationId == otherId
                || (m.LeftKind == MatchRecordKind.Organisation && (m.LeftId == otherId || m.RightId == otherId))));

    private static async Task MoveMatchesAsync(IntegrityDbContext db, ProcurementMatch merged, int keepId, int otherId, CancellationToken ct)
    {
        foreach (var m in await OtherMatches(db, merged.ForceId, otherId, merged.Id).ToListAsync(ct))
        {
            if (m.Kind != MatchKind.DuplicateOrganisation)
            {
                // The organisation columns say whose records the pair concerns; the records themselves do not move.
                if (m.LeftOrganisationId == otherId)
                {
                    m.LeftOrganisationId = keepId;
                }

                if (m.RightOrganisationId == otherId)
                {
                    m.RightOrganisationId = keepId;
                }

                continue;
            }

            // Another organisation taken for the one that goes: the pair becomes that organisation
            // and the kept one (lower id on the left, as the cross-check records pairs), unless that
            // pair is recorded already. Then this one stays as it was recorded (naming the merged
            // organisation, as its history), and if it was still new it is settled as merged.
            var third = m.LeftId == otherId ? m.RightId : m.LeftId;
            var (left, right) = third < keepId ? (third, keepId) : (keepId, third);
            if (third != keepId && !await db.ProcurementMatches.AnyAsync(x => x.ForceId == m.ForceId && x.Kind == m.Kind && x.LeftKind == m.LeftKind
                    && x.LeftId == left && x.RightKind == m.RightKind && x.RightId == right, ct))
            {
                (m.LeftId, m.RightId, m.LeftOrganisationId, m.RightOrganisationId) = (left, right, left, right);
            }
            else if (m.Status == MatchStatus.New)
            {
                m.Status = MatchStatus.Merged;
                m.OutcomeNote = $"Settled by the merge recorded in PM-{merged.Id:D6}: organisation {otherId} was merged into organisation {keepId}.";
                m.SettledBy = db.Actor.UserName;
                m.SettledUtc = db.Clock.GetUtcNow().UtcDateTime;
            }
        }
    }
}
