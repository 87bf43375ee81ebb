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
}
