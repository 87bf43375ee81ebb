using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>The portal warns at start-up when glibc's malloc arenas are not limited (decision 0082).</summary>
public class MallocArenasTests
{
    [Fact]
    public void OnGlibc_WithoutTheLimit_ThePortalWarns_AndWithItSaysNothing()
    {
        Assert.Null(MallocArenas.Warning("2"));

        var warning = MallocArenas.Warning(null);
        if (OperatingSystem.IsLinux() && File.Exists("/etc/debian_version"))
        {
            // Debian and Ubuntu (CI, the benchmark machine) use glibc.
            Assert.NotNull(warning);
            Assert.Contains("MALLOC_ARENA_MAX", warning);
            Assert.Equal(warning, MallocArenas.Warning(" "));
        }
        else if (!OperatingSystem.IsLinux())
        {
            Assert.Null(warning);
        }
    }
}
