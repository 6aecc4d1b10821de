using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ssi.AppHost.Infrastructure;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>Runs <c>./ssi</c> as a developer or CI would, with the environment it documents.</summary>
public static class SsiCommand
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Path.Combine(TestInfrastructure.RepositoryRoot, "ssi"))
        {
            WorkingDirectory = TestInfrastructure.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The first of <paramref name="count"/> consecutive free loopback ports, chosen as the AppHost chooses its own.</summary>
    public static int FreePortBlock(int count) => FreePorts.Block(count);

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
