using System.Net.Http.Headers;
using Ssi.Benchmarks;

// Ssi.Benchmarks --gateway http://127.0.0.1:5080 --scenarios benchmarks/directory-scenarios.txt [--token JWT] [--warmup 5] [--header "Accept-Encoding: gzip"]
var options = CommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Ssi.Benchmarks --gateway http://127.0.0.1:PORT --scenarios FILE [--token JWT] [--warmup N] [--header 'Name: value']");
    return 2;
}

if (!options.Gateway.IsLoopback)
{
    Console.Error.WriteLine($"Refusing to benchmark {options.Gateway}: only a gateway on this machine (loopback) may be loaded.");
    return 2;
}

var scenarios = Scenario.Parse(await File.ReadAllLinesAsync(options.ScenarioFile));
var maxConcurrency = scenarios.Max(scenario => scenario.Concurrency);
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConcurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = options.Gateway,
    Timeout = TimeSpan.FromSeconds(30),
};
if (options.Token is not null)
{
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
}

if (options.Header is { } header)
{
    client.DefaultRequestHeaders.TryAddWithoutValidation(header.Name, header.Value);
}

var runner = new ScenarioRunner(client, options.Warmup);
Console.WriteLine(Measurement.Header);
var rateLimited = false;
foreach (var scenario in scenarios)
{
    var measurement = await runner.RunAsync(scenario, CancellationToken.None);
    Console.WriteLine(measurement);
    rateLimited |= measurement.WasRateLimited;
}

if (rateLimited)
{
    Console.Error.WriteLine(
        "The gateway answered 429: its rate limit, not the service, bounded these numbers. Start the gateway with a larger limit, e.g. " +
        "SSI_GATEWAY_CONFIG__RateLimiting__Authenticated__PermitLimit=1000000 ./ssi up with a token (--token), " +
        "SSI_GATEWAY_CONFIG__RateLimiting__Anonymous__PermitLimit=1000000 without one (see benchmarks/README.md).");
    return 1;
}

return 0;

internal sealed record CommandLine(Uri Gateway, string ScenarioFile, string? Token, int Warmup, (string Name, string Value)? Header)
{
    public static CommandLine? Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        var warmup = 5;
        var header = Value("--header")?.Split(':', 2);
        if (!Uri.TryCreate(Value("--gateway"), UriKind.Absolute, out var gateway)
            || Value("--scenarios") is not { } scenarioFile
            || (Value("--warmup") is { } warmupText && !int.TryParse(warmupText, out warmup))
            || header is { Length: not 2 })
        {
            return null;
        }

        return new CommandLine(gateway, scenarioFile, Value("--token") ?? Environment.GetEnvironmentVariable("SSI_BENCH_TOKEN"), warmup,
            header is null ? null : (header[0].Trim(), header[1].Trim()));
    }
}
