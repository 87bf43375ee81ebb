using System.Globalization;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.People;

/// <summary>
/// Everything the portal holds on one person, for PSD: their gifts and hospitality
/// declarations, business interests, media contacts and the cases that concern them, each
/// section the newest records with a link to each. A person of a force the user does not serve
/// is "not found" (the force filter). Every view is recorded as a read of the person's
/// integrity record.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public Person Person { get; private set; } = null!;
    public string? LineManager { get; private set; }
    public bool SeveralForces { get; private set; }
    public PersonSection<PersonGiftRow> Gifts { get; private set; } = null!;
    public PersonSection<PersonInterestRow> Interests { get; private set; } = null!;
    public PersonSection<PersonContactRow> Contacts { get; private set; } = null!;
    public PersonSection<PersonCaseRow> Cases { get; private set; } = null!;

    // The search this person was opened from, if any (PeopleListState).
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public PeopleListState List { get; private set; } = new(null, null);

    /// <summary>The person after this one in the search results, found by the database.</summary>
    public int? NextId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking()
            .Include(p => p.Force)
            .Include(p => p.Department)
            .Include(p => p.LineManager)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        List = PeopleListState.Checked(Name, ListPage, ModelState);
        NextId = await List.NextAfterAsync(db.People.AsNoTracking(), person, ct);
        LineManager = person.LineManager?.NameAndRankOrGrade;
        SeveralForces = await db.VisibleForces.Take(2).CountAsync(ct) > 1;
        Gifts = await PersonRecord.GiftsAsync(db, person.ForceId, id, ct);
        Interests = await PersonRecord.InterestsAsync(db, person.ForceId, id, ct);
        Contacts = await PersonRecord.ContactsAsync(db, person.ForceId, id, ct);
        Cases = await PersonRecord.CasesAsync(db, person.ForceId, id, ct);
        await audit.RecordReadAsync(PersonRecord.AuditEntityType, id.ToString(CultureInfo.InvariantCulture), person.ForceId, null, ct);
        return Page();
    }
}
