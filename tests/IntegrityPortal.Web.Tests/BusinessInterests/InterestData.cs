using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>Applications for tests: through the pages as a person would, or through the workflow for setting up.</summary>
public static partial class InterestData
{
    public static Dictionary<string, string> Form(params string[] overrides)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(InterestKind.SecondaryEmployment),
            ["Input.OrganisationName"] = "Fit4Life Test Gym",
            ["Input.Sector"] = nameof(WorkSector.General),
            ["Input.Work"] = "Personal trainer two evenings a week",
            ["Input.HoursPerWeek"] = "6",
            ["Input.WhenHoursFall"] = "Tuesday and Thursday evenings",
            ["Input.ContractedHoursPerWeek"] = "40",
            ["Input.PayBand"] = nameof(PayBand.UpTo5000),
            ["Input.StartDate"] = "2027-01-10",
            ["Input.InsideForceArea"] = "true",
            ["Input.UsesPoliceSkills"] = "false",
            ["Input.OrganisationSuppliesForce"] = "false",
            ["Input.Version"] = "0",
        };
        foreach (var pair in overrides.Select(o => o.Split('=', 2)))
        {
            form[$"Input.{pair[0]}"] = pair[1];
        }

        return form;
    }

    /// <summary>Applies through the form ("Continue"); returns the address of Check your answers.</summary>
    public static async Task<string> CheckUrlAsync(PortalClient applicant, params string[] overrides)
    {
        var response = await applicant.PostFormAsync("/BusinessInterests/Applications/Edit", Form(overrides), "/BusinessInterests/Applications/Edit?handler=Submit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/BusinessInterests/Applications/Check/[0-9]+$", location);
        return location;
    }

    /// <summary>The application's id in the address of its confirmation page.</summary>
    public static int SubmittedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/BusinessInterests/Applications/Submitted/[0-9]+$", location);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    /// <summary>Applies and submits through the form and Check your answers; returns the new application's id.</summary>
    public static async Task<int> SubmitAsync(PortalClient applicant, params string[] overrides)
    {
        var check = await CheckUrlAsync(applicant, overrides);
        var page = await applicant.GetPageAsync(check);
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        return SubmittedId(await applicant.PostFormAsync(check, new() { ["Version"] = version }));
    }

    /// <summary>A draft made through the workflow, as the system, for a demo account.</summary>
    public static async Task<BusinessInterest> DraftAsync(IntegrityDbContext db, string applicantUserName)
    {
        var personId = await db.Users.Where(u => u.UserName == applicantUserName).Select(u => u.PersonId).SingleAsync();
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var organisation = new Organisation { ForceId = person.ForceId, Name = "Isolation Test Ltd" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var interest = await new BusinessInterestWorkflow(db).CreateDraftAsync(person, new InterestDetails
        {
            Kind = InterestKind.OwnBusiness,
            OrganisationId = organisation.Id,
            Sector = WorkSector.General,
            Work = "Selling crafts",
            HoursPerWeek = 4,
            WhenHoursFall = "Weekends",
            ContractedHoursPerWeek = 40,
            PayBand = PayBand.UpTo5000,
            InsideForceArea = false,
            StartDate = new DateOnly(2027, 1, 1),
            UsesPoliceSkills = false,
            OrganisationSuppliesForce = false,
        });
        await db.SaveChangesAsync();
        return interest;
    }

    /// <summary>A draft as <see cref="DraftAsync"/>, submitted by its applicant through the workflow.</summary>
    public static async Task<BusinessInterest> SubmittedAsync(IntegrityDbContext db, string applicantUserName)
    {
        var interest = await DraftAsync(db, applicantUserName);
        await new BusinessInterestWorkflow(db).SubmitAsync(interest, interest.ApplicantId);
        await db.SaveChangesAsync();
        return interest;
    }

    public static async Task<BusinessInterest> LoadAsync(PortalFactory factory, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.BusinessInterests.Include(b => b.Steps).Include(b => b.Versions).AsNoTracking().SingleAsync(b => b.Id == id);
    }

    public static async Task<int> VersionAsync(PortalFactory factory, int id) => (await LoadAsync(factory, id)).Version;
}
