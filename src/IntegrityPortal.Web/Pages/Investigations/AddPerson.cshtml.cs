using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>Adds a person of the case's force, by collar or staff number, to the people the case concerns.</summary>
public class AddPersonModel(IntegrityDbContext db, IValidator<PersonInput> validator) : CaseStepModel(db)
{
    [BindProperty] public PersonInput Person { get; set; } = new();

    public override string Heading => "Add a person to the case";
    public override string Title => $"Add a person to case {Case.Reference}";
    public override string? NotOffered => Case.Status == InvestigationStatus.Closed ? InvestigationWorkflow.ClosedCase : null;

    protected override void ResetForm() => Person = new PersonInput();

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Person), validator, Person, version: null, async workflow =>
        {
            var number = Person.Number!.Trim();
            var personId = await Db.People.Where(p => p.ForceId == Case.ForceId && p.Number == number).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
                ?? throw new InvestigationRuleException("Number", "There is no one with that number in the case's force");
            await workflow.AddPersonAsync(Case, personId, ct);
            return $"Person {number} added to the case";
        }, ct, field => field == "PersonId" ? "Number" : field);
}
