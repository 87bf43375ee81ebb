using System.Net;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Security.Passwords;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>Common and guessable passwords are refused wherever a password is set.</summary>
public class PasswordTests
{
    [Theory]
    [InlineData("password1234", GuessablePasswords.CommonMessage)]
    [InlineData("qwertyuiop123", GuessablePasswords.CommonMessage)]
    [InlineData("officer.cumbria.2027", GuessablePasswords.PersonalMessage)]
    [InlineData("my-integrity-portal", GuessablePasswords.PersonalMessage)]
    public async Task NewPassword_CommonOrGuessable_IsRefusedBesideTheField_AndNotSet(string password, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        string id, hash;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            (id, hash) = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => new ValueTuple<string, string>(u.Id, u.PasswordHash!)).SingleAsync();
        }

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new() { ["NewPassword"] = password }, $"/Admin/Users/Edit/{id}?handler=Password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await PortalClient.ParseAsync(response)).FieldError("NewPassword"));
        await using var after = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(hash, await after.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());
    }

    [Fact]
    public async Task NewPassword_NamingThePerson_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var user = await db.Users.Include(u => u.Person).SingleAsync(u => u.UserName == "officer.cumbria");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{user.Id}", new() { ["NewPassword"] = $"{user.Person!.GivenName}-likes-walking" },
            $"/Admin/Users/Edit/{user.Id}?handler=Password");

        Assert.Equal(GuessablePasswords.PersonalMessage, (await PortalClient.ParseAsync(response)).FieldError("NewPassword"));
    }

    [Fact]
    public async Task NewPassword_UncommonPassPhrase_IsSet_AndTheDemoPasswordStillSignsIn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        string id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Id).SingleAsync();
        }

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new() { ["NewPassword"] = "tulip anchor violin 47" }, $"/Admin/Users/Edit/{id}?handler=Password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await PortalClient.SignInAsync(factory, "officer.cumbria", "tulip anchor violin 47");
        await PortalClient.SignInAsync(factory, "staff.cumbria", DemoDataSeeder.Password);
    }

    [Fact]
    public async Task SignIn_WithAHashOfFewerIterations_ReplacesItWithOneAtThePortalsCount()
    {
        // The test accounts' hashes have the tests' few iterations; the portal's own hasher
        // upgrades such a hash when its owner signs in.
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        Assert.Equal(TestDatabase.PasswordIterations, await IterationsOfAsync(path, "officer.cumbria"));
        await using var factory = new PortalFactory(path, portalPasswordHashing: true);

        await PortalClient.SignInAsync(factory, "officer.cumbria");

        Assert.Equal(PasswordHashing.Iterations, await IterationsOfAsync(path, "officer.cumbria"));
        Assert.Equal(TestDatabase.PasswordIterations, await IterationsOfAsync(path, "staff.cumbria"));
    }

    /// <summary>The iteration count an Identity version 3 hash holds: bytes 5 to 8, big-endian.</summary>
    private static async Task<int> IterationsOfAsync(string path, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(path);
        var hash = Convert.FromBase64String(await db.Users.Where(u => u.UserName == userName).Select(u => u.PasswordHash!).SingleAsync());
        Assert.Equal(0x01, hash[0]);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4));
    }
}
