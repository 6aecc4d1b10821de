using MassTransit;
using Ssi.Contracts.ActorDirectory;

namespace Ssi.DirectoryReplica;

/// <summary>Keeps which actors sit together in a collective.</summary>
public sealed class CollectiveMembershipChangedConsumer(DirectoryActors actors) : IConsumer<CollectiveMembershipChanged>
{
    public Task Consume(ConsumeContext<CollectiveMembershipChanged> context) =>
        actors.RecordMembershipAsync(context.Message, context.CancellationToken);
}
