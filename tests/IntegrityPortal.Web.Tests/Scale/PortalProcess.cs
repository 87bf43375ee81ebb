using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// The portal as a real process: <c>dotnet IntegrityPortal.Web.dll</c> from the web project's
/// own build output, listening on a free port of 127.0.0.1 over a given SQLite file, in the
/// Development environment (plain HTTP), with the settings the benchmark uses. Disposing it
/// kills it if it is still running.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the app wrote to its console, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<PortalProcess> StartAsync(string databasePath, TimeSpan startTimeout)
    {
        var (webFolder, dll) = WebBuildOutput();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";
        start.Environment["DemoData__Seed"] = "false";
        start.Environment["TwoFactor__RequiredForNationalAccounts"] = "false";
        start.Environment["RateLimits__RequestsPerUser"] = "100000000";
        start.Environment["RateLimits__SignInPerAccount"] = "100000";
        start.Environment["RateLimits__SignInPerAddress"] = "100000";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        var portal = new PortalProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), address);
        portal.process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        portal.process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        portal.process.BeginOutputReadLine();
        portal.process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < startTimeout)
        {
            if (portal.process.HasExited)
            {
                throw new InvalidOperationException($"The portal stopped with code {portal.process.ExitCode}:\n{portal.Output}");
            }

            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return portal;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly.
            }

            await Task.Delay(200);
        }

        await portal.DisposeAsync();
        throw new TimeoutException($"The portal did not answer /health within {startTimeout.TotalSeconds} s:\n{portal.Output}");
    }

    /// <summary>SIGKILL (kill -9): no shutdown, no flush, no checkpoint; waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>The web project's build output of the same configuration as these tests (Debug or Release).</summary>
    private static (string Folder, string Dll) WebBuildOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "IntegrityPortal.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No IntegrityPortal.sln above {AppContext.BaseDirectory}.");
        }

        var web = Path.Combine(root.FullName, "src", "IntegrityPortal.Web");
        var dll = Path.Combine(web, "bin", configuration, framework, "IntegrityPortal.Web.dll");
        return File.Exists(dll) ? (web, dll) : throw new FileNotFoundException($"The web project is not built: {dll}", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
