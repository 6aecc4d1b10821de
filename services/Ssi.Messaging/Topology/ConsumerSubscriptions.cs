using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Ssi.Contracts;

namespace Ssi.Messaging.Topology;

/// <summary>
/// Keeps the platform's list of subscriptions true: a service's consumers must be exactly its
/// entries, or the other services would not declare a queue it reads (and the broker would drop
/// what they publish before it first starts), or would declare one nobody reads.
/// </summary>
internal static class ConsumerSubscriptions
{
    public static void EnsureListed(string serviceName, IServiceCollection services, IEndpointNameFormatter endpointNames, IReadOnlyList<Subscription> subscriptions)
    {
        var consumed = services
            .Select(descriptor => descriptor.ServiceType)
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .Distinct()
            .SelectMany(consumer => MessagesOf(consumer).Select(message => (Queue: QueueOf(endpointNames, consumer), Message: message)))
            .ToHashSet();
        var listed = subscriptions
            .Where(subscription => subscription.Service == serviceName)
            .Select(subscription => (subscription.Queue, Message: subscription.MessageType))
            .ToHashSet();

        var unlisted = consumed.Except(listed).ToList();
        var unconsumed = listed.Except(consumed).ToList();
        if (unlisted.Count > 0 || unconsumed.Count > 0)
        {
            throw new InvalidOperationException(
                $"The subscriptions of '{serviceName}' (Ssi.Contracts.PlatformSubscriptions) do not match its consumers. " +
                $"Consumed but not listed: {Describe(unlisted)}. Listed but not consumed: {Describe(unconsumed)}.");
        }
    }

    private static IEnumerable<Type> MessagesOf(Type consumer) =>
        consumer.GetInterfaces()
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IConsumer<>))
            .Select(contract => contract.GetGenericArguments()[0]);

    private static string QueueOf(IEndpointNameFormatter endpointNames, Type consumer) =>
        (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!
            .MakeGenericMethod(consumer).Invoke(endpointNames, null)!;

    private static string Describe(List<(string Queue, Type Message)> entries) =>
        entries.Count == 0 ? "none" : string.Join(", ", entries.Select(entry => $"{entry.Queue} ({entry.Message.Name})"));
}
