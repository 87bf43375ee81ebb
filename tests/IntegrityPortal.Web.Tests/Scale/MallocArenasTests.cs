using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>The portal limits glibc's malloc arenas on Linux (decision 0082).</summary>
public class MallocArenasTests
{
    [Fact]
    public void OnLinux_TheCLibraryTakesTheLimit_UnlessTheEnvironmentChoseOne()
    {
        var applied = MallocArenas.Apply();

        if (!OperatingSystem.IsLinux())
        {
            Assert.False(applied);
            Assert.Contains("not Linux", MallocArenas.Outcome);
        }
        else if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is { Length: > 0 } chosen)
        {
            Assert.False(applied);
            Assert.Equal($"MALLOC_ARENA_MAX={chosen} from the environment", MallocArenas.Outcome);
        }
        else
        {
            // mallopt answers 1 only when glibc accepted the parameter and its value.
            Assert.True(applied);
            Assert.Equal($"limited to {MallocArenas.Limit}", MallocArenas.Outcome);
        }
    }
}
