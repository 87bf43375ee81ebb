using System.Globalization;
using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>Media contacts for tests: through the workflow as the log page would, or through the page itself.</summary>
public static class MediaData
{
    /// <summary>Logs a contact for the user through the workflow; <paramref name="recordedUtc"/> backdates when it was logged.</summary>
    public static async Task<MediaContact> LogAsync(
        IntegrityDbContext db,
        string userName,
        string outletName = "Westmorland Gazette",
        DateTime? contactedUtc = null,
        bool preArranged = false,
        bool visit = false,
        string journalist = "Rachel Dunmore",
        string subject = "Appeal for witnesses",
        DateTime? recordedUtc = null)
    {
        var personId = await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId).SingleAsync();
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var outlet = await db.Organisations.SingleOrDefaultAsync(o => o.ForceId == person.ForceId && o.Name == outletName);
        if (outlet is null)
        {
            outlet = new Organisation { ForceId = person.ForceId, Name = outletName };
            db.Organisations.Add(outlet);
            await db.SaveChangesAsync();
        }

        var contact = await new MediaWorkflow(db).LogAsync(person, new MediaContactDetails
        {
            ContactedUtc = contactedUtc ?? DateTime.UtcNow.AddHours(-3),
            JournalistName = journalist,
            OutletId = outlet.Id,
            Method = MediaContactMethod.Phone,
            WasPreArranged = preArranged,
            WasVisitToMediaEstablishment = visit,
            Subject = subject,
            Disclosed = "Only the press release",
            WasAuthorised = false,
        });
        if (recordedUtc is { } recorded)
        {
            contact.RecordedUtc = recorded;
        }

        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>A UK date and time as the form posts them.</summary>
    public static (string Date, string Time) UkFields(DateTime utc)
    {
        var uk = UkTime.ToUk(utc);
        return (uk.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), uk.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>A valid log form for a contact three hours ago with a new outlet; <paramref name="changes"/> are "Field=value" pairs.</summary>
    public static Dictionary<string, string> Form(params string[] changes)
    {
        var (date, time) = UkFields(DateTime.UtcNow.AddHours(-3));
        var form = new Dictionary<string, string>
        {
            ["Input.ContactedOn"] = date,
            ["Input.ContactedAt"] = time,
            ["Input.JournalistName"] = "Rachel Dunmore",
            ["Input.OutletId"] = "",
            ["Input.NewOutletName"] = "Westmorland Gazette",
            ["Input.Method"] = "Phone",
            ["Input.WasPreArranged"] = "false",
            ["Input.WasVisitToMediaEstablishment"] = "false",
            ["Input.Subject"] = "Appeal for witnesses to a collision",
            ["Input.Disclosed"] = "The appeal and the incident number",
            ["Input.WasAuthorised"] = "false",
            ["Input.AuthorisedBy"] = "",
        };
        foreach (var change in changes)
        {
            var at = change.IndexOf('=');
            form["Input." + change[..at]] = change[(at + 1)..];
        }

        // The time is given as "14:30" here and posted as the hour and minute boxes.
        var typed = form["Input.ContactedAt"];
        form.Remove("Input.ContactedAt");
        var colon = typed.IndexOf(':');
        form["Input.ContactedAt.Hour"] = colon < 0 ? typed : typed[..colon];
        form["Input.ContactedAt.Minute"] = colon < 0 ? string.Empty : typed[(colon + 1)..];
        return form;
    }

    /// <summary>Answers the log form; returns the address of Check your answers.</summary>
    public static async Task<string> CheckUrlAsync(PortalClient client, params string[] changes)
    {
        var response = await client.PostFormAsync("/Media/Contacts/Log", Form(changes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Media/Contacts/Check?draft=", location);
        return location;
    }

    /// <summary>The contact's id in the address of its confirmation page.</summary>
    public static int LoggedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Media/Contacts/Logged/", location);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Logs through the form and Check your answers; returns the new contact's id.</summary>
    public static async Task<int> LogThroughPageAsync(PortalClient client, params string[] changes) =>
        LoggedId(await client.PostFormAsync(await CheckUrlAsync(client, changes), new()));
}
