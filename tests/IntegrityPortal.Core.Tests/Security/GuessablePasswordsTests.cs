using IntegrityPortal.Core.Demo;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Security.Passwords;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Security;

public class GuessablePasswordsTests
{
    [Fact]
    public void TheShippedList_HoldsTheHundredThousandMostCommonPasswords()
    {
        // Counted as the portal compares them: "Password" and "password" are one.
        Assert.True(CommonPasswords.Count >= 100_000, $"{CommonPasswords.Count} passwords");
        Assert.True(CommonPasswords.Contains("123456"));
        Assert.True(CommonPasswords.Contains("PASSWORD1234"));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("1q2w3e4r5t6y")]
    public void Check_CommonPassword_IsRefused(string password) =>
        Assert.Equal(GuessablePasswords.CommonMessage, GuessablePasswords.Check(password, "officer.cumbria", ["Amelia Jones"]));

    [Theory]
    [InlineData("Officer.Cumbria!2026")] // the user name, in any case and with any separator
    [InlineData("officer-cumbria-x")]
    [InlineData("amelia-loves-tea")] // the given name
    [InlineData("TeaWithJONES99")] // the family name
    [InlineData("integrityportal99")] // the portal's name
    [InlineData("my Integrity Portal!")]
    public void Check_PasswordBuiltFromWhatAnAttackerKnows_IsRefused(string password) =>
        Assert.Equal(GuessablePasswords.PersonalMessage, GuessablePasswords.Check(password, "officer.cumbria", ["Amelia Jones"]));

    [Theory]
    [InlineData(DemoDataSeeder.Password)]
    [InlineData("correct horse battery staple")]
    [InlineData("tulip-anchor-violin-47")]
    public void Check_UncommonPasswordWithoutPersonalWords_IsAccepted(string password) =>
        Assert.Null(GuessablePasswords.Check(password, "officer.cumbria", ["Amelia Jones"]));

    [Fact]
    public void Check_ShortNamePart_DoesNotRefuseEveryPassPhraseContainingIt() =>
        Assert.Null(GuessablePasswords.Check("lighthouse-orbit-river", "a.li", ["Jo Li"]));

    [Fact]
    public async Task Validator_ReadsThePersonsNameFromTheDatabase()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(path);
        var user = await db.Users.Include(u => u.Person).SingleAsync(u => u.UserName == "officer.cumbria");
        var validator = new GuessablePasswordValidator(db);

        var withFamilyName = await validator.ValidateAsync(null!, user, $"summer-{user.Person!.FamilyName}-house");
        var withUserName = await validator.ValidateAsync(null!, user, "OFFICER.cumbria.2030");
        var common = await validator.ValidateAsync(null!, user, "password1234");
        var demo = await validator.ValidateAsync(null!, user, DemoDataSeeder.Password);

        Assert.Equal(GuessablePasswords.PersonalMessage, Assert.Single(withFamilyName.Errors).Description);
        Assert.Equal(GuessablePasswords.PersonalMessage, Assert.Single(withUserName.Errors).Description);
        Assert.Equal(GuessablePasswords.CommonMessage, Assert.Single(common.Errors).Description);
        Assert.True(demo.Succeeded);
    }
}

public class TwoFactorPolicyTests
{
    [Theory]
    [InlineData(Roles.Psd)]
    [InlineData(Roles.HeadOfPsd)]
    [InlineData(Roles.DeputyChiefConstable)]
    [InlineData(Roles.Pcc)]
    [InlineData(Roles.Administrator)]
    public void ForceRoleThatReadsOrGrants_IsRequiredOnlyWhenTheForceSaysSo(string role)
    {
        Assert.True(TwoFactorPolicy.IsRequired([role], homeForceId: 1, forceRequiresTwoFactor: true, nationalRequiresTwoFactor: false));
        Assert.False(TwoFactorPolicy.IsRequired([role], homeForceId: 1, forceRequiresTwoFactor: false, nationalRequiresTwoFactor: true));
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.PressOffice)]
    [InlineData(Roles.Procurement)]
    public void OtherRoles_AreNeverRequired(string role) =>
        Assert.False(TwoFactorPolicy.IsRequired([role], homeForceId: 1, forceRequiresTwoFactor: true, nationalRequiresTwoFactor: true));

    [Theory]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Administrator)]
    public void NationalAccounts_FollowTheNationalSetting(string role)
    {
        Assert.True(TwoFactorPolicy.IsRequired([role], homeForceId: null, forceRequiresTwoFactor: false, nationalRequiresTwoFactor: true));
        Assert.False(TwoFactorPolicy.IsRequired([role], homeForceId: null, forceRequiresTwoFactor: true, nationalRequiresTwoFactor: false));
    }
}
