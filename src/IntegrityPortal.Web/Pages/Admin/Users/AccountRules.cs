using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Users;

/// <summary>What the account forms tell the user when a choice breaks a rule.</summary>
public static class AccountMessages
{
    public const string UserNameTaken = "An account with this user name already exists";
    public const string ChooseForce = "Select a force";
    public const string ForceFromList = "Select a force from the list";
    public const string ForceOutsideScope = "You can only choose a force you administer";
    public const string NationalOnlyForNationalAdministrator = "Only a national administrator can create accounts without a force";
    public const string ChooseRole = "Select at least one role";
    public const string RoleFromList = "Select roles from the list";
    public const string NationalAccountRoles = "An account without a force can only have the inspector or administrator role";
    public const string InspectorOnlyNational = "The inspector role is only for accounts without a force";
    public const string PersonFromList = "Select a person from the list";
    public const string PersonOfOtherForce = "Select a person from the account's force";
    public const string PersonInactive = "Select a person who is still active";
    public const string PersonHasAccount = "This person already has an account";
    public const string NationalAccountPerson = "An account without a force cannot be linked to a person";
    public const string OwnAccountDisabled = "You cannot disable your own account";
    public const string OwnForce = "You cannot change your own force";
}

/// <summary>An account's force, roles and person once the rules have accepted them.</summary>
public sealed record AccountChoice(int? ForceId, IReadOnlyList<string> Roles, int? PersonId);

/// <summary>
/// The rules of least privilege shared by the create and edit forms, and the lists those
/// forms offer. Forces carry no query filter, so the administrator's scope is applied here;
/// people are force-owned, so the query filter already limits them to the scope.
/// </summary>
public sealed class AccountRules(IntegrityDbContext db)
{
    /// <summary>The value of the force list's "No force (national)" option.</summary>
    public const string NationalValue = "national";

    private ForceScope Scope => db.Actor.Scope;

    /// <summary>A national administrator: an administrator who sees every force.</summary>
    public bool ActorIsNationalAdministrator => Scope.SeesAllForces && db.Actor.Roles.Contains(Roles.Administrator);

    /// <summary>
    /// Only the roles this administrator can give: a force administrator is not offered the
    /// inspector role, which only a national account holds, rather than being refused after submitting.
    /// </summary>
    public IReadOnlyList<SelectListItem> RoleOptions() =>
        (ActorIsNationalAdministrator ? Roles.All : Roles.ForceRoles).Select(r => new SelectListItem(Roles.DisplayName(r), r)).ToList();

    public async Task<IReadOnlyList<SelectListItem>> ForceOptionsAsync(CancellationToken ct)
    {
        var options = (await ForcesInScope().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            .Select(f => new SelectListItem(f.Name, f.Id.ToString()))
            .ToList();
        if (ActorIsNationalAdministrator)
        {
            options.Add(new SelectListItem("No force (national)", NationalValue));
        }

        return options;
    }

    /// <summary>The single force a force administrator looks after, to choose it for them.</summary>
    public async Task<int?> OnlyForceAsync(CancellationToken ct)
    {
        if (Scope.SeesAllForces)
        {
            return null;
        }

        var ids = await ForcesInScope().Select(f => f.Id).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>
    /// Active people without an account, of <paramref name="forceId"/> if given, otherwise of
    /// every force in scope; <paramref name="currentPersonId"/> (the edited account's own
    /// person) is always offered.
    /// </summary>
    public async Task<IReadOnlyList<SelectListItem>> PersonOptionsAsync(int? forceId, int? currentPersonId, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.Id == currentPersonId
                || ((forceId == null || p.ForceId == forceId) && p.IsActive && !db.Users.Any(u => u.PersonId == p.Id)))
            .OrderBy(p => p.Force!.Name).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Number)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.Number, Force = p.Force!.Name })
            .ToListAsync(ct);
        return people
            .Select(p => new SelectListItem(
                forceId is null ? $"{p.GivenName} {p.FamilyName} ({p.Number}), {p.Force}" : $"{p.GivenName} {p.FamilyName} ({p.Number})",
                p.Id.ToString()))
            .ToList();
    }

    /// <summary>The force id the form's value names, if it is a number; null otherwise.</summary>
    public static int? ParseForce(string? value) => int.TryParse(value, out var id) ? id : null;

    /// <summary>
    /// Checks the force, roles and person chosen in a form (fields <c>Input.ForceId</c>,
    /// <c>Input.Roles</c>, <c>Input.PersonId</c>) and adds a message beside each field that
    /// breaks a rule. Returns the choice when every rule is met.
    /// </summary>
    public async Task<AccountChoice?> CheckAsync(string? forceValue, IEnumerable<string>? roleValues, string? personValue,
        string? accountId, int? currentPersonId, ModelStateDictionary modelState, CancellationToken ct)
    {
        const string forceKey = "Input.ForceId", rolesKey = "Input.Roles", personKey = "Input.PersonId";
        var valid = true;

        // Force: a force in scope, or none (national) for a national administrator only.
        var forceKnown = false;
        int? forceId = null;
        if (string.IsNullOrWhiteSpace(forceValue))
        {
            valid = Fail(modelState, forceKey, AccountMessages.ChooseForce);
        }
        else if (forceValue == NationalValue)
        {
            forceKnown = ActorIsNationalAdministrator;
            if (!forceKnown)
            {
                valid = Fail(modelState, forceKey, AccountMessages.NationalOnlyForNationalAdministrator);
            }
        }
        else if (ParseForce(forceValue) is not int id || !await db.Forces.AnyAsync(f => f.Id == id, ct))
        {
            valid = Fail(modelState, forceKey, AccountMessages.ForceFromList);
        }
        else if (!Scope.Includes(id))
        {
            valid = Fail(modelState, forceKey, AccountMessages.ForceOutsideScope);
        }
        else
        {
            forceId = id;
            forceKnown = true;
        }

        // Roles: at least one, each a portal role, national roles only without a force and the
        // inspector role only there.
        var roles = (roleValues ?? []).Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            valid = Fail(modelState, rolesKey, AccountMessages.ChooseRole);
        }
        else if (roles.Any(r => !Roles.All.Contains(r)))
        {
            valid = Fail(modelState, rolesKey, AccountMessages.RoleFromList);
        }
        else if (forceKnown && forceId is null && roles.Any(r => !Roles.NationalRoles.Contains(r)))
        {
            valid = Fail(modelState, rolesKey, AccountMessages.NationalAccountRoles);
        }
        else if (forceKnown && forceId is not null && roles.Contains(Roles.Inspector))
        {
            valid = Fail(modelState, rolesKey, AccountMessages.InspectorOnlyNational);
        }

        // Person: optional; an active person of the account's force with no other account.
        int? personId = null;
        if (!string.IsNullOrWhiteSpace(personValue))
        {
            var person = int.TryParse(personValue, out var pid)
                ? await db.People.AsNoTracking().Where(p => p.Id == pid).Select(p => new { p.Id, p.ForceId, p.IsActive }).SingleOrDefaultAsync(ct)
                : null;
            if (person is null)
            {
                valid = Fail(modelState, personKey, AccountMessages.PersonFromList);
            }
            else if (forceKnown && forceId is null)
            {
                valid = Fail(modelState, personKey, AccountMessages.NationalAccountPerson);
            }
            else if (forceKnown && person.ForceId != forceId)
            {
                valid = Fail(modelState, personKey, AccountMessages.PersonOfOtherForce);
            }
            else if (!person.IsActive && person.Id != currentPersonId)
            {
                valid = Fail(modelState, personKey, AccountMessages.PersonInactive);
            }
            else if (await db.Users.AnyAsync(u => u.PersonId == person.Id && u.Id != accountId, ct))
            {
                valid = Fail(modelState, personKey, AccountMessages.PersonHasAccount);
            }
            else
            {
                personId = person.Id;
            }
        }

        return valid && forceKnown ? new AccountChoice(forceId, roles, personId) : null;
    }

    /// <summary>Checks a password against Identity's validators (length 12 to 128), adding each message beside the field.</summary>
    public static async Task<bool> CheckPasswordAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password,
        string key, ModelStateDictionary modelState)
    {
        var valid = true;
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                valid = Fail(modelState, key, error.Description.TrimEnd('.'));
            }
        }

        return valid;
    }

    private IQueryable<Core.Forces.Force> ForcesInScope()
    {
        var all = Scope.SeesAllForces;
        var ids = Scope.ForceIds;
        return db.Forces.Where(f => all || ids.Contains(f.Id));
    }

    private static bool Fail(ModelStateDictionary modelState, string key, string message)
    {
        modelState.AddModelError(key, message);
        return false;
    }
}
