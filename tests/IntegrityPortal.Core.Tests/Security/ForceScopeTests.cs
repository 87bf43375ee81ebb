using IntegrityPortal.Core.Security;

namespace IntegrityPortal.Core.Tests.Security;

public class ForceScopeTests
{
    [Fact]
    public void Officer_SeesHomeForceOnly_EvenInAnAlliance()
    {
        var scope = ForceScope.For(5, [Roles.Officer], allianceForceIds: [5, 6]);

        Assert.False(scope.SeesAllForces);
        Assert.Equal([5], scope.ForceIds);
    }

    [Theory]
    [InlineData(Roles.Psd)]
    [InlineData(Roles.HeadOfPsd)]
    public void PsdOfAllianceForce_SeesEveryAllianceForce(string role)
    {
        var scope = ForceScope.For(5, [role], allianceForceIds: [5, 6]);

        Assert.Equal([5, 6], scope.ForceIds);
        Assert.True(scope.Includes(6));
        Assert.False(scope.Includes(1));
    }

    [Fact]
    public void PsdOutsideAlliance_SeesHomeForce()
    {
        Assert.Equal([2], ForceScope.For(2, [Roles.Psd], allianceForceIds: []).ForceIds);
    }

    [Theory]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Administrator)]
    public void NationalRoleWithoutForce_SeesAllForces(string role)
    {
        Assert.True(ForceScope.For(null, [role], []).SeesAllForces);
    }

    [Fact]
    public void ForceAdministrator_SeesOwnForceOnly()
    {
        var scope = ForceScope.For(3, [Roles.Administrator], []);

        Assert.False(scope.SeesAllForces);
        Assert.Equal([3], scope.ForceIds);
    }

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Pcc)]
    [InlineData(Roles.Psd)]
    public void ForceRoleWithoutForce_SeesNothing(string role)
    {
        var scope = ForceScope.For(null, [role], []);

        Assert.False(scope.SeesAllForces);
        Assert.Empty(scope.ForceIds);
    }
}
