using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Ssi.AppHost.Infrastructure;

/// <summary>Whether containers can run here: a container client without a daemon behind it does not count.</summary>
internal static class ContainerRuntime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Asks the runtime Aspire would use (<c>ASPIRE_CONTAINER_RUNTIME</c>, docker by default) for
    /// its server version; true when it answers in time.
    /// </summary>
    public static bool IsHealthy(IConfiguration configuration)
    {
        var runtime = configuration["ASPIRE_CONTAINER_RUNTIME"] is { Length: > 0 } name ? name : "docker";
        var startInfo = new ProcessStartInfo(runtime)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "info", "--format", "{{.ServerVersion}}" },
        };
        try
        {
            using var process = Process.Start(startInfo);
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0 && !string.IsNullOrWhiteSpace(process.StandardOutput.ReadToEnd());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
