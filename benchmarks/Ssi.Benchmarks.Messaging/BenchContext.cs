using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts;
using Ssi.Messaging;

namespace Ssi.Benchmarks.Messaging;

/// <summary>A service's DbContext reduced to its outbox and inbox.</summary>
public sealed class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed record BenchPinged(Guid Id, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed class BenchPingedConsumer(Timings timings) : IConsumer<BenchPinged>
{
    public Task Consume(ConsumeContext<BenchPinged> context)
    {
        timings.Consumed(context.Message.Id);
        return Task.CompletedTask;
    }
}
