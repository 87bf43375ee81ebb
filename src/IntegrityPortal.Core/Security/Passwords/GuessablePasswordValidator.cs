using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Security.Passwords;

/// <summary>
/// Refuses, wherever a password is set (an administrator's new account or new password), a
/// common password or one built from the account's user name, the person's name or the
/// portal's name (<see cref="GuessablePasswords"/>).
/// </summary>
public sealed class GuessablePasswordValidator(IntegrityDbContext db) : IPasswordValidator<ApplicationUser>
{
    public const string Code = "PasswordGuessable";

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success; // Identity's length rule answers an empty password.
        }

        // The person's name; an account without a person (a PCC, a national account) is known
        // by its display name. The person may be in any force the administrator serves.
        var person = user.PersonId is int personId
            ? await db.People.IgnoreQueryFilters().Where(p => p.Id == personId).Select(p => new { p.GivenName, p.FamilyName }).SingleOrDefaultAsync()
            : null;
        string?[] names = person is null ? [user.DisplayName] : [person.GivenName, person.FamilyName];

        var error = GuessablePasswords.Check(password, user.UserName, names);
        return error is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = Code, Description = error });
    }
}
