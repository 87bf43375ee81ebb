using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests;

/// <summary>What the business-interest pages share: loading an application whole, and showing a refused step.</summary>
public static class InterestPages
{
    public const int PageSize = 50;

    /// <summary>
    /// The application with its applicant, steps and versions, if the user's force scope holds
    /// it. A draft (even a withdrawn one) is the applicant's alone: it is found only when <paramref name="applicantId"/>
    /// is given, and then only the applicant's own applications are.
    /// </summary>
    public static Task<BusinessInterest?> LoadAsync(IntegrityDbContext db, int id, CancellationToken ct, int? applicantId = null) =>
        db.BusinessInterests
            .Include(b => b.Force)
            .Include(b => b.Applicant)
            .Include(b => b.Steps.OrderBy(s => s.OccurredUtc).ThenBy(s => s.Id))
            .Include(b => b.Versions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == id && (applicantId == null ? b.SubmittedOn != null : b.ApplicantId == applicantId), ct);

    /// <summary>
    /// Runs a workflow step on the application (null for a new one) as the user's form saw it; a refusal becomes the
    /// page's message, never an error page. If someone else has changed the application since
    /// the form was built, the user is told so (as <see cref="Infrastructure.ConcurrencySaving"/>
    /// would at the save) rather than that the step is not allowed.
    /// </summary>
    public static async Task<bool> TryStepAsync(ModelStateDictionary modelState, BusinessInterest? interest, int versionInForm, Func<Task> step)
    {
        if (interest is not null && interest.Version != versionInForm)
        {
            modelState.AddModelError(string.Empty, Infrastructure.ConcurrencySaving.ChangedBySomeoneElse);
            return false;
        }

        try
        {
            await step();
            return true;
        }
        catch (BusinessInterestWorkflowException e)
        {
            modelState.AddModelError(string.Empty, e.Message);
            return false;
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
