using Microsoft.AspNetCore.Identity;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Identity has a minimum length but no maximum. 128 characters leaves room for any pass
/// phrase while bounding the hashing work one request can cause.
/// </summary>
public sealed class MaximumLengthPasswordValidator<TUser> : IPasswordValidator<TUser> where TUser : class
{
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Password must be {MaximumLength} characters or fewer" })
            : IdentityResult.Success);
}
