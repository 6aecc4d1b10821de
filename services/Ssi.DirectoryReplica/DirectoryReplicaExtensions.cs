using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ssi.DirectoryReplica;

public static class DirectoryReplicaExtensions
{
    /// <summary>
    /// Keeps <typeparamref name="TContext"/>'s <c>directory_actors</c> (mapped with
    /// <see cref="DirectoryActorConfiguration.AddDirectoryActors"/>) from the directory's actor
    /// events, in the consumers' inbox transaction. Their queues are <c>{service}-actor-registered</c>,
    /// <c>-actor-updated</c> and <c>-actor-archived</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddDirectoryActorConsumers<TContext>(this IBusRegistrationConfigurator bus)
        where TContext : DbContext
    {
        bus.AddScoped(provider => new DirectoryActors(provider.GetRequiredService<TContext>()));
        bus.AddConsumer<ActorRegisteredConsumer>();
        bus.AddConsumer<ActorUpdatedConsumer>();
        bus.AddConsumer<ActorArchivedConsumer>();
        return bus;
    }

    /// <summary>
    /// Also keeps <c>collective_memberships</c> (mapped with
    /// <see cref="CollectiveMembershipConfiguration.AddCollectiveMemberships"/>) from
    /// <c>CollectiveMembershipChanged</c>, on the queue <c>{service}-collective-membership-changed</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddDirectoryCollectiveConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CollectiveMembershipChangedConsumer>();
        return bus;
    }
}
