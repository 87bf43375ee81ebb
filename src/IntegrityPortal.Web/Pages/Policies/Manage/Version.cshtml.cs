using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>
/// Writing a new version of a policy, or changing its draft (<see cref="Draft"/>): dates, owner,
/// what changed, the text, the audience and the pass mark. A valid form saves the draft and goes
/// to check your answers, where the questions are added and the version is published.
/// </summary>
public class VersionModel(IntegrityDbContext db, IValidator<VersionInput> validator) : PageModel
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    /// <summary>The draft being changed; none for a new version.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Draft { get; set; }

    public Policy Policy { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> DepartmentOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var draft = await DraftAsync(id, ct);
        if (Draft is not null && draft is null)
        {
            return NotFound();
        }

        // A policy has one draft at a time: a new version is written in the draft there is.
        if (Draft is null && await OpenDraftIdAsync(id, ct) is { } open)
        {
            return Redirect($"/Policies/Manage/Version/{id}?draft={open}");
        }

        var from = draft ?? await db.PolicyVersions.AsNoTracking().Include(v => v.Owner).Where(v => v.PolicyId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (from is not null)
        {
            Input = new VersionInput
            {
                EffectiveOn = draft?.EffectiveOn,
                ReadBy = draft?.ReadBy,
                Owner = from.Owner!.Number,
                WhatChanged = draft?.WhatChanged,
                WhatItMeansForYou = draft?.WhatItMeansForYou,
                Text = from.Text,
                Audience = from.Audience,
                Departments = from.DepartmentIds.Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList(),
                Ranks = from.Ranks.Select(r => ((int)r).ToString(CultureInfo.InvariantCulture)).ToList(),
                PassMark = from.PassMarkPercent.ToString(CultureInfo.InvariantCulture),
                Version = draft?.Version,
            };
        }
        else if (PolicyPages.PersonId(User) is { } me)
        {
            Input.Owner = await db.People.Where(p => p.Id == me).Select(p => p.Number).SingleOrDefaultAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var draft = await DraftAsync(id, ct);
        if (Draft is not null && draft is null)
        {
            return NotFound();
        }

        // A policy has one draft at a time: a new version is written in the draft there is.
        if (Draft is null && await OpenDraftIdAsync(id, ct) is { } open)
        {
            return Redirect($"/Policies/Manage/Version/{id}?draft={open}");
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var ownerNumber = (Input.Owner ?? string.Empty).Trim();
        var owner = ownerNumber.Length == 0 ? null
            : await db.People.Where(p => p.ForceId == Policy.ForceId && p.Number == ownerNumber && p.IsActive).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (ownerNumber.Length > 0 && owner is null)
        {
            AddError(nameof(VersionInput.Owner), "Enter the collar or staff number of someone in the force that keeps the policy");
        }

        var departments = Ints(Input.Departments);
        var known = await db.Departments.Where(d => d.ForceId == Policy.ForceId && departments.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        if (departments.Count != known.Count || departments.Count != Input.Departments.Count)
        {
            AddError(nameof(VersionInput.Departments), "Select departments from the list");
        }

        var ranks = Ints(Input.Ranks);
        if (ranks.Count != Input.Ranks.Count || ranks.Any(r => !Enum.IsDefined((PoliceRank)r)))
        {
            AddError(nameof(VersionInput.Ranks), "Select ranks from the list");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var version = draft;
        if (version is null)
        {
            var number = await db.PolicyVersions.Where(v => v.PolicyId == id).Select(v => (int?)v.Number).MaxAsync(ct) ?? 0;
            version = new PolicyVersion { PolicyId = id, Number = number + 1, WhatChanged = string.Empty, Text = string.Empty, CreatedUtc = db.Clock.GetUtcNow().UtcDateTime };
            db.PolicyVersions.Add(version);
        }

        version.EffectiveOn = Input.EffectiveOn!.Value;
        version.ReadBy = Input.ReadBy!.Value;
        version.OwnerId = owner!.Value;
        version.WhatChanged = Input.WhatChanged!.Trim();
        version.WhatItMeansForYou = string.IsNullOrWhiteSpace(Input.WhatItMeansForYou) ? null : Input.WhatItMeansForYou.Trim();
        version.Text = Input.Text!;
        version.Audience = Input.Audience!.Value;
        version.AudienceDepartmentIds = version.Audience == PolicyAudience.Departments ? string.Join(",", departments.Order()) : null;
        version.AudienceRanks = version.Audience == PolicyAudience.Ranks ? string.Join(",", ranks.Order()) : null;
        version.PassMarkPercent = Input.PassMarkValue ?? 100;
        if (draft is not null)
        {
            // A draft changed by another keeper since this form was built is not overwritten.
            return await db.TrySaveAsync(draft, Input.Version ?? -1, ModelState, ct) ? Redirect($"/Policies/Manage/Check/{draft.Id}") : Page();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Another keeper began a version of this policy at the same moment (its number is
            // unique): this user is taken to that draft, where their answers can be entered.
            db.ChangeTracker.Clear();
            if (await OpenDraftIdAsync(id, ct) is not { } theirs)
            {
                throw;
            }

            return Redirect($"/Policies/Manage/Version/{id}?draft={theirs}");
        }

        return Redirect($"/Policies/Manage/Check/{version.Id}");
    }

    private void AddError(string field, string message) => ModelState.AddModelError($"{nameof(Input)}.{field}", message);

    private static List<int> Ints(IEnumerable<string> values) =>
        values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
            .Where(n => n is not null).Select(n => n!.Value).Distinct().ToList();

    private async Task<bool> LoadAsync(int policyId, CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId, ct);
        if (policy is null || await PolicyOwnership.ForcesIfKeptAsync(db, policyId, ct) is null)
        {
            return false;
        }

        Policy = policy;
        DepartmentOptions = (await db.Departments.AsNoTracking().Where(d => d.ForceId == policy.ForceId && d.IsActive).OrderBy(d => d.Name)
                .Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }

    private async Task<int?> OpenDraftIdAsync(int policyId, CancellationToken ct) =>
        await db.PolicyVersions.Where(v => v.PolicyId == policyId && v.Status == PolicyVersionStatus.Draft).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);

    private async Task<PolicyVersion?> DraftAsync(int policyId, CancellationToken ct) =>
        Draft is not { } draftId ? null
        : await db.PolicyVersions.Include(v => v.Owner).SingleOrDefaultAsync(v => v.Id == draftId && v.PolicyId == policyId && v.Status == PolicyVersionStatus.Draft, ct);
}
