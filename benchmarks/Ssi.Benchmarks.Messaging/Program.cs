using System.Globalization;
using Ssi.Benchmarks.Messaging;
using Ssi.Testing;

// Usage: Ssi.Benchmarks.Messaging [--idle N] [--rate N] [--seconds N] [--events N]
// Starts PostgreSQL and RabbitMQ as the tests do (tests/Ssi.Testing), stops them at the end.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = args.Chunk(2).ToDictionary(pair => pair[0].TrimStart('-'), pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
var idle = options.GetValueOrDefault("idle", 300);
var rate = options.GetValueOrDefault("rate", 500);
var steady = TimeSpan.FromSeconds(options.GetValueOrDefault("seconds", 15));
var events = options.GetValueOrDefault("events", 2000);
const int IdleRounds = 5;

Console.Error.WriteLine("bench: starting PostgreSQL and RabbitMQ (tests/Ssi.Testing)");
await TestInfrastructure.EnsureStartedAsync();
var disposables = new Stack<IAsyncDisposable>();
try
{
    var virtualHost = await TestVirtualHost.CreateAsync("bench-messaging");
    disposables.Push(virtualHost);
    var timings = new Timings();
    var results = new List<Load.Result>();

    async Task<BenchService> ServiceAsync(string name, TestDatabase database, bool consumes = false)
    {
        var service = await BenchService.StartAsync(name, database.ConnectionString, virtualHost.AmqpUri, timings, consumes);
        disposables.Push(service);
        return service;
    }

    async Task<TestDatabase> DatabaseAsync(string name)
    {
        var database = await TestDatabase.CreateAsync(name);
        disposables.Push(database);
        return database;
    }

    Console.Error.WriteLine("bench: starting RabbitMQ.Client alone, a consumer, one producer, and two producer replicas on one database");
    var raw = await RawBroker.StartAsync(virtualHost.AmqpUri, timings);
    disposables.Push(raw);
    await ServiceAsync("bench-consumer", await DatabaseAsync("bench_consumer"), consumes: true);
    var single = await ServiceAsync("bench-producer", await DatabaseAsync("bench_one_replica"));
    var pairDatabase = await DatabaseAsync("bench_two_replicas");
    BenchService[] pair = [await ServiceAsync("bench-producer", pairDatabase), await ServiceAsync("bench-producer", pairDatabase)];

    Task PublishRaw(Guid id)
    {
        timings.Sent(id);
        return raw.PublishAsync(id);
    }

    Task CommitOnSingle(Guid id) => single.CommitAsync(timings, id);

    // Commits alternate between the replicas, as behind a load balancer.
    var turn = 0;
    Task CommitOnEither(Guid id) => pair[Interlocked.Increment(ref turn) % 2].CommitAsync(timings, id);

    Console.Error.WriteLine($"bench: one message at a time, the three paths in turn, {IdleRounds} rounds");
    (string, Func<Guid, Task>)[] idlePaths =
    [
        ("raw publish->consume, idle", PublishRaw),
        ("event commit->consume, 1 replica, idle", CommitOnSingle),
        ("event commit->consume, 2 replicas, idle", CommitOnEither),
    ];
    await Load.AlternatingIdleAsync(timings, idlePaths, 50, rounds: 1);
    var idleResults = await Load.AlternatingIdleAsync(timings, idlePaths, idle, IdleRounds);
    var (rawIdle, eventIdle) = (idleResults[0], idleResults[2]);
    results.AddRange(idleResults);

    Console.Error.WriteLine($"bench: steady {rate}/s");
    results.Add(await Load.SteadyAsync($"raw publish->consume, {rate}/s", timings, PublishRaw, rate, steady));
    results.Add(await Load.SteadyAsync($"event commit->consume, 2 replicas, {rate}/s", timings, CommitOnEither, rate, steady));

    Console.Error.WriteLine($"bench: bursts of {events}");
    var confirmRate = await raw.ConfirmRateAsync(events);
    var oneRelay = await single.BurstRateAsync(timings, events);
    var twoRelays = await pair[0].BurstRateAsync(timings, events);

    Console.WriteLine(Load.Result.Header);
    results.ForEach(Console.WriteLine);
    Console.WriteLine();
    Console.WriteLine($"{"throughput",-42} {"events/s",8}");
    Console.WriteLine($"{"raw publish with confirm, one by one",-42} {confirmRate,8:0}");
    Console.WriteLine($"{"outbox relay, 1 replica",-42} {oneRelay,8:0}");
    Console.WriteLine($"{"outbox relays, 2 replicas",-42} {twoRelays,8:0}");
    Console.WriteLine();
    Console.WriteLine($"event p50 / raw broker p50 {eventIdle.P50 / rawIdle.P50:0.00}");
}
finally
{
    while (disposables.TryPop(out var disposable))
    {
        await disposable.DisposeAsync();
    }

    await new InfrastructureFixture().DisposeAsync();
}
