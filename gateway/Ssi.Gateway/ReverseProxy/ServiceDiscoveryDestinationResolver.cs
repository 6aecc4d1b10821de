using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace Ssi.Gateway.ReverseProxy;

/// <summary>
/// Expands YARP destinations written as service names (<c>http://actor-directory</c>) into the
/// endpoints Microsoft.Extensions.ServiceDiscovery knows for them, e.g. from the configuration keys
/// <c>services:actor-directory:http:0</c> that <c>./ssi</c> and Aspire set. YARP calls this at
/// start-up and again whenever the returned change token fires (configuration reload, DNS refresh).
/// </summary>
/// <remarks>Our own small stand-in for Microsoft.Extensions.ServiceDiscovery.Yarp, which the registry here does not serve.</remarks>
public sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = await Task.WhenAll(destinations.Select(pair => ResolveAsync(pair.Key, pair.Value, cancellationToken)));

        var results = new Dictionary<string, DestinationConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, config) in resolved.SelectMany(result => result.Destinations))
        {
            results[id] = config;
        }

        var changeTokens = resolved.Select(result => result.ChangeToken).OfType<IChangeToken>().ToList();
        return new ResolvedDestinationCollection(results, changeTokens.Count == 0 ? null : new CompositeChangeToken(changeTokens));
    }

    private async Task<(List<KeyValuePair<string, DestinationConfig>> Destinations, IChangeToken? ChangeToken)> ResolveAsync(
        string destinationId, DestinationConfig destination, CancellationToken cancellationToken)
    {
        var address = new Uri(destination.Address);
        var source = await resolver.GetEndpointsAsync(address.GetLeftPart(UriPartial.Authority), cancellationToken);

        var destinations = new List<KeyValuePair<string, DestinationConfig>>(source.Endpoints.Count);
        foreach (var endpoint in source.Endpoints)
        {
            var resolvedAddress = WithEndpoint(address, endpoint.EndPoint);
            destinations.Add(new($"{destinationId}/{resolvedAddress.Authority}", destination with { Address = resolvedAddress.ToString() }));
        }

        return (destinations, source.ChangeToken);
    }

    /// <summary>Keeps the configured address's path and (for host/IP endpoints) its scheme; takes host and port from the endpoint.</summary>
    internal static Uri WithEndpoint(Uri address, EndPoint endpoint)
    {
        var builder = new UriBuilder(address);
        switch (endpoint)
        {
            case UriEndPoint uri:
                builder.Scheme = uri.Uri.Scheme;
                builder.Host = uri.Uri.Host;
                builder.Port = uri.Uri.Port;
                break;
            case IPEndPoint ip:
                builder.Host = ip.Address.ToString();
                builder.Port = ip.Port;
                break;
            case DnsEndPoint dns:
                builder.Host = dns.Host;
                builder.Port = dns.Port > 0 ? dns.Port : -1;
                break;
            default:
                throw new NotSupportedException($"Service discovery returned an endpoint of an unsupported kind: {endpoint}.");
        }

        return builder.Uri;
    }
}
