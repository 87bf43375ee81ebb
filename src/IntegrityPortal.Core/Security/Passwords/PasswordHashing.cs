namespace IntegrityPortal.Core.Security.Passwords;

/// <summary>
/// How passwords are hashed: PBKDF2 (ASP.NET Core Identity, HMAC-SHA512) at the iteration
/// count OWASP recommends. Identity stores the count in each hash and rehashes a password
/// made with fewer iterations at its next successful sign-in, so raising this number
/// upgrades accounts as their owners sign in.
/// </summary>
public static class PasswordHashing
{
    public const int Iterations = 210_000;
}
