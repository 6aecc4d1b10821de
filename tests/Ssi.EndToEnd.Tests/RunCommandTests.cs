using System.Data;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>
/// The README's run command: <c>./ssi up</c> starts the platform through the AppHost in the
/// background and returns once the gateway is healthy; <c>./ssi down</c> stops all of it.
/// Its own instance, ports and data keep it apart from a developer's platform.
/// </summary>
public sealed partial class RunCommandTests : IDisposable
{
    private readonly DirectoryInfo _data = TestInfrastructure.CreateDataDirectory("ssi-run-command-");
    private readonly Dictionary<string, string> _environment;
    private readonly int _gatewayPort;
    private readonly int[] _infrastructurePorts;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public RunCommandTests()
    {
        var ports = SsiCommand.FreePortBlock(14);
        _gatewayPort = ports;
        _infrastructurePorts = [ports + 6, ports + 7, ports + 8, ports + 9, ports + 10];
        _environment = new Dictionary<string, string>
        {
            // --no-build: the AppHost this test run built, in its configuration, not the Release one ./ssi up builds.
            ["SSI_CONFIGURATION"] = typeof(RunCommandTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
            ["SSI_INSTANCE"] = "run-command-test",
            ["SSI_DATA_DIR"] = _data.FullName,
            ["SSI_DEMO"] = "0",
            ["SSI_GATEWAY_PORT"] = $"{ports}",
            ["SSI_SERVICE_PORT_BASE"] = $"{ports}",
            ["SSI_PG_PORT"] = $"{ports + 6}",
            ["SSI_RABBITMQ_PORT"] = $"{ports + 7}",
            ["SSI_RABBITMQ_MANAGEMENT_PORT"] = $"{ports + 8}",
            ["SSI_RABBITMQ_DIST_PORT"] = $"{ports + 9}",
            ["SSI_EPMD_PORT"] = $"{ports + 10}",
            ["SSI_DASHBOARD_PORT"] = $"{ports + 11}",
        };
    }

    [Fact]
    public async Task Up_returns_with_the_platform_healthy_and_its_urls_and_down_leaves_nothing_running_and_the_data_for_the_next_run()
    {
        var actor = await RunPlatformAsync(async (http, token) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directory/actors")
            {
                Content = JsonContent.Create(new { name = "Mairie de Billère", kind = "commune", territoryCode = "64129" }),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            };
            var registered = await http.SendAsync(request, Cancellation);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            return registered.Headers.Location!;
        });
        AssertStoppedCleanly();

        // The second down meets a slow PostgreSQL shutdown: one of its backends is frozen, so the
        // server outlasts the orchestrator's grace period, which kills what is left of a resource.
        var postmasterOutlivedTheGracePeriod = false;
        await using var connection = new NpgsqlConnection();
        await RunPlatformAsync(async (http, _) =>
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(actor, Cancellation)).StatusCode);
            connection.ConnectionString = $"Host=127.0.0.1;Port={_environment["SSI_PG_PORT"]};Username=ssi;Password=ssi;Database=postgres;Pooling=false";
            await connection.OpenAsync(Cancellation);
            return actor;
        }, whileStopping: async () =>
        {
            if (connection.State != ConnectionState.Open)
            {
                return;
            }

            var postmaster = int.Parse(File.ReadLines(Path.Combine(_data.FullName, "postgres", "postmaster.pid")).First(), CultureInfo.InvariantCulture);
            Assert.True(Signal("STOP", connection.ProcessID));
            try
            {
                // Longer than the AppHost takes to stop its resources plus the orchestrator's grace period (about 6 s).
                await Task.Delay(TimeSpan.FromSeconds(25), Cancellation);
                postmasterOutlivedTheGracePeriod = Directory.Exists($"/proc/{postmaster}");
            }
            finally
            {
                // Gone already when the server was killed: the assertion below says so.
                Signal("CONT", connection.ProcessID);
            }
        });
        Assert.True(postmasterOutlivedTheGracePeriod, "PostgreSQL was killed while it shut down");
        AssertStoppedCleanly();
    }

    /// <summary>
    /// <c>./ssi up</c>, checks of what it printed and of the dashboard login, then
    /// <paramref name="use"/> with a client of the gateway and a token from <c>./ssi token</c>,
    /// then <c>./ssi down</c>, during which <paramref name="whileStopping"/> runs.
    /// </summary>
    private async Task<Uri> RunPlatformAsync(Func<HttpClient, string, Task<Uri>> use, Func<Task>? whileStopping = null)
    {
        try
        {
            var up = await SsiCommand.RunAsync(_environment, "up", "--no-build");

            Assert.True(up.ExitCode == 0, up.Errors);
            Assert.Contains($"gateway            http://127.0.0.1:{_gatewayPort}", up.Output);
            Assert.Contains($"API reference      http://127.0.0.1:{_gatewayPort}/docs", up.Output);
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{_gatewayPort}") };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", Cancellation)).StatusCode);

            // The dashboard asks for the token that `up` printed, and accepts it.
            var login = DashboardLogin().Match(up.Output);
            Assert.True(login.Success, up.Output);
            Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync(login.Groups["dashboard"].Value, Cancellation)).StatusCode);
            var signedIn = await http.GetAsync(login.Value, Cancellation);
            Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".Aspire.Dashboard.Auth", StringComparison.Ordinal));

            // A development token from ./ssi is accepted by the services the AppHost started.
            var token = (await SsiCommand.RunAsync(_environment, "token", "--role", "coordinator", "--territory", "64")).Output.Trim();
            return await use(http, token);
        }
        finally
        {
            var stopping = SsiCommand.RunAsync(_environment, "down");
            if (whileStopping is not null)
            {
                await whileStopping();
            }

            var down = await stopping;
            Assert.True(down.ExitCode == 0, down.Errors);
        }
    }

    /// <summary>Nothing of the instance runs any more, and PostgreSQL had the time to shut down cleanly.</summary>
    private void AssertStoppedCleanly()
    {
        Assert.False(SsiCommand.IsListening(_gatewayPort), "the gateway still listens");
        Assert.All(_infrastructurePorts, port => Assert.False(SsiCommand.IsListening(port), $"something still listens on {port}"));
        Assert.Empty(ProcessesUsing(_data.FullName));
        Assert.Contains("Database cluster state:               shut down\n", PostgresControlData());
    }

    /// <returns>Whether the process was there to receive it.</returns>
    private static bool Signal(string signal, int pid)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }

    private string PostgresControlData()
    {
        var controlData = Directory.GetFiles("/usr/lib/postgresql", "pg_controldata", SearchOption.AllDirectories).Max()!;
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(controlData, [Path.Combine(_data.FullName, "postgres")])
        {
            RedirectStandardOutput = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    public void Dispose() => _data.Delete(recursive: true);

    /// <summary>Processes whose command line or environment names the data folder (PostgreSQL, RabbitMQ, the port mapper...).</summary>
    private static List<string> ProcessesUsing(string path) =>
        Directory.EnumerateDirectories("/proc")
            .Where(directory => int.TryParse(Path.GetFileName(directory), out _))
            .Where(directory => Read(Path.Combine(directory, "cmdline")).Contains(path) || Read(Path.Combine(directory, "environ")).Contains(path))
            .Select(directory => Read(Path.Combine(directory, "cmdline")).Replace('\0', ' '))
            .ToList();

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"(?<dashboard>http://127\.0\.0\.1:\d+)/login\?t=[0-9a-f]+")]
    private static partial Regex DashboardLogin();
}
