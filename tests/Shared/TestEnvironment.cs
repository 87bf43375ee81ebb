using System.Runtime.CompilerServices;

namespace IntegrityPortal.Testing;

/// <summary>
/// Many test hosts run at once. Each would watch appsettings and wwwroot through inotify,
/// and Linux allows a user only 128 inotify instances, so hosts started late would fail.
/// Tests change no files while running: configuration is not reloaded and the remaining
/// watchers poll instead.
/// </summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
