using MassTransit;
using Ssi.Contracts.ActorDirectory;

namespace Ssi.DirectoryReplica;

/// <summary>Learns of new actors.</summary>
public sealed class ActorRegisteredConsumer(DirectoryActors actors) : IConsumer<ActorRegistered>
{
    public Task Consume(ConsumeContext<ActorRegistered> context) => actors.RecordAsync(ActorNews.From(context.Message), context.CancellationToken);
}

/// <summary>Keeps an actor's name, kind, place, identifiers and status as the directory edits it.</summary>
public sealed class ActorUpdatedConsumer(DirectoryActors actors) : IConsumer<ActorUpdated>
{
    public Task Consume(ConsumeContext<ActorUpdated> context) => actors.RecordAsync(ActorNews.From(context.Message), context.CancellationToken);
}

/// <summary>An archived actor takes part in nothing new.</summary>
public sealed class ActorArchivedConsumer(DirectoryActors actors) : IConsumer<ActorArchived>
{
    public Task Consume(ConsumeContext<ActorArchived> context) => actors.RecordAsync(ActorNews.From(context.Message), context.CancellationToken);
}
