using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Departments;

/// <summary>The rules of a department's name, shared by the add and change forms.</summary>
public static class DepartmentNames
{
    public const string Duplicate = "A department with this name already exists in this force";
    public const string NameKey = "Input.Name";

    public static IRuleBuilderOptions<T, string> IsDepartmentName<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the name of the department")
            .Must(n => (n ?? string.Empty).Trim().Length <= 100).WithMessage("Name must be 100 characters or fewer");

    /// <summary>
    /// Whether the force already has a department of that name, ignoring case: SQL Server's
    /// usual collation would refuse "procurement" beside "Procurement", so the check does too.
    /// </summary>
    public static Task<bool> TakenAsync(IntegrityDbContext db, int forceId, string name, int? exceptId, CancellationToken ct)
    {
        var upper = name.Trim().ToUpperInvariant();
        return db.Departments.AnyAsync(d => d.ForceId == forceId && d.Name.ToUpper() == upper && d.Id != exceptId, ct);
    }

    /// <summary>
    /// Saves, turning what the checks before the save should have prevented into a message:
    /// a name taken by someone else in the meantime, or a force outside the user's scope.
    /// </summary>
    public static async Task<bool> TrySaveAsync(IntegrityDbContext db, Department department, Func<Task<bool>> save, ModelStateDictionary modelState, CancellationToken ct)
    {
        try
        {
            return await save();
        }
        catch (DomainRuleException)
        {
            modelState.AddModelError(string.Empty, "You cannot change departments of a force you do not administer");
            return false;
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            if (!await TakenAsync(db, department.ForceId, department.Name, db.Entry(department).State == EntityState.Added ? null : department.Id, ct))
            {
                throw;
            }

            modelState.AddModelError(NameKey, Duplicate);
            return false;
        }
    }
}
