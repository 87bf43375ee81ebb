using IntegrityPortal.Core.Reporting;

namespace IntegrityPortal.Core.Tests.Reporting;

public class SplitByWorkforceTests
{
    [Fact]
    public void LargestForcesGoToDifferentLanes_AndTheLanesCarryAboutTheSameWorkforce()
    {
        var workforce = new Dictionary<int, int> { [1] = 30_000, [2] = 8_000, [3] = 7_000, [4] = 6_000, [5] = 5_000, [6] = 2_000, [7] = 1_500, [8] = 1_000 };

        var lanes = NationalComparison.SplitByWorkforce([.. workforce.Keys], workforce, 2);

        Assert.Equal(2, lanes.Count);
        Assert.Equal(workforce.Keys.Order(), lanes.SelectMany(l => l).Order());
        Assert.Equal([1], lanes[0]);
        Assert.Equal(30_500, lanes[1].Sum(id => workforce[id]));
    }

    [Fact]
    public void NeverMoreLanesThanForces_NorAnEmptyOne()
    {
        var workforce = new Dictionary<int, int> { [1] = 100 };

        Assert.Equal([[1]], NationalComparison.SplitByWorkforce([1], workforce, 4));
        Assert.Empty(NationalComparison.SplitByWorkforce([], workforce, 4));
        Assert.Equal([[1]], NationalComparison.SplitByWorkforce([1], workforce, 0));
    }

    [Fact]
    public void ForcesWithoutAWorkforceAreStillCompared()
    {
        var lanes = NationalComparison.SplitByWorkforce([1, 2, 3], new Dictionary<int, int> { [1] = 10 }, 2);

        Assert.Equal([1, 2, 3], lanes.SelectMany(l => l).Order());
    }
}
