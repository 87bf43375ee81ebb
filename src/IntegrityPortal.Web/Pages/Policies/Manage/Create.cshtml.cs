using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>A policy owner adds a policy to their force's library (or, as the alliance's PSD, to the alliance's); its first version follows.</summary>
public class CreateModel(IntegrityDbContext db, IValidator<CreateModel.PolicyInput> validator) : PageModel
{
    public sealed class PolicyInput
    {
        public string? Title { get; set; }
        public PolicySubject? Subject { get; set; }
        public bool? Shared { get; set; }
    }

    public sealed class PolicyInputValidator : AbstractValidator<PolicyInput>
    {
        public PolicyInputValidator()
        {
            RuleFor(x => x.Title)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the policy's title")
                .Must(v => (v ?? string.Empty).Trim().Length <= PolicyRules.TitleLength).WithMessage($"The title must be {PolicyRules.TitleLength} characters or fewer");
            RuleFor(x => x.Subject).NotNull().WithMessage("Select what the policy is about");
        }
    }

    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    public bool MayShare { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        MayShare = await PolicyOwnership.MayShareAsync(db, forceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        MayShare = await PolicyOwnership.MayShareAsync(db, forceId, ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (MayShare && Input.Shared is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PolicyInput.Shared)}", "Select yes if the policy is shared across the alliance");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var shared = MayShare && Input.Shared == true;
        var policy = new Policy
        {
            ForceId = forceId,
            Title = Input.Title!.Trim(),
            Subject = Input.Subject!.Value,
            SharedWithAlliance = shared,
            CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        foreach (var force in await PolicyOwnership.ForcesForNewAsync(db, forceId, shared, ct))
        {
            policy.Forces.Add(new PolicyForce { ForceId = force });
        }

        db.Policies.Add(policy);
        await db.SaveChangesAsync(ct);
        return Redirect($"/Policies/Manage/Version/{policy.Id}");
    }
}
