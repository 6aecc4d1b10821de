using System.Diagnostics;

namespace Ssi.AppHost.Infrastructure;

/// <summary>Runs the machine's commands that prepare infrastructure before Aspire starts it.</summary>
internal static class Commands
{
    /// <summary>Runs <paramref name="command"/> to completion; a failure throws with what it printed.</summary>
    public static async Task<string> RunAsync(string command, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new PlatformSetupException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new PlatformSetupException(
                $"'{command} {string.Join(' ', startInfo.ArgumentList)}' exited with {process.ExitCode}: {(await errors).Trim()} {(await output).Trim()}");
        }

        return await output;
    }
}
