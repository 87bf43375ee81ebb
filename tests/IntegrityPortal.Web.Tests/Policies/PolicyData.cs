using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>The demonstration policies the tests work with, found by force and subject.</summary>
public static class PolicyData
{
    public static Task<Policy> PolicyAsync(IntegrityDbContext db, string forceCode, PolicySubject subject) =>
        db.Policies.Include(p => p.Versions).SingleAsync(p => p.Force!.Code == forceCode && p.Subject == subject);

    /// <summary>The current (second) version of a force's own gifts and hospitality policy: two questions, read-by date passed.</summary>
    public static async Task<PolicyVersion> CurrentGiftsVersionAsync(IntegrityDbContext db, string forceCode) =>
        (await PolicyAsync(db, forceCode, PolicySubject.GiftsAndHospitality)).Versions.OrderByDescending(v => v.Number).First();

    /// <summary>A draft version of a force's gifts policy, as its owner would leave it before publishing.</summary>
    public static async Task<PolicyVersion> DraftAsync(IntegrityDbContext db, string forceCode, PolicyAudience audience = PolicyAudience.Everyone,
        string? departments = null, string? ranks = null)
    {
        var current = await CurrentGiftsVersionAsync(db, forceCode);
        var draft = new PolicyVersion
        {
            PolicyId = current.PolicyId,
            Number = current.Number + 1,
            EffectiveOn = DateOnly.FromDateTime(DateTime.UtcNow),
            OwnerId = current.OwnerId,
            WhatChanged = "Hospitality from suppliers in a live tender must be declined.",
            Text = "# Gifts\n\nDecline hospitality from a supplier in a live tender.",
            Audience = audience,
            AudienceDepartmentIds = departments,
            AudienceRanks = ranks,
            ReadBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
            CreatedUtc = DateTime.UtcNow,
        };
        db.PolicyVersions.Add(draft);
        await db.SaveChangesAsync();
        return draft;
    }
}
