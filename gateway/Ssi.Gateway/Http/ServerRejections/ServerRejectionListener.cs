using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Ssi.Gateway.Http.ServerRejections;

/// <summary>
/// Learns which connections Kestrel is about to answer itself: a request it rejects before any
/// middleware runs (a URI too long, <c>%00</c> in the path, malformed headers) raises the
/// <c>Microsoft.AspNetCore.Server.Kestrel.BadRequest</c> diagnostic event just before Kestrel
/// writes its empty-bodied error response on that connection.
/// </summary>
internal sealed class ServerRejectionListener : IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public const string EventName = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    private readonly ConcurrentDictionary<string, RejectionSlot> _connections = new();
    private readonly IDisposable _subscription;

    public ServerRejectionListener(DiagnosticListener diagnostics) =>
        _subscription = diagnostics.Subscribe(this, name => name == EventName);

    /// <summary>Follows a connection until <see cref="Forget"/>: its slot receives Kestrel's rejection, if any.</summary>
    public RejectionSlot Follow(string connectionId) => _connections[connectionId] = new RejectionSlot();

    public void Forget(string connectionId) => _connections.TryRemove(connectionId, out _);

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is IFeatureCollection features
            && features.Get<IHttpConnectionFeature>()?.ConnectionId is { } connectionId
            && _connections.TryGetValue(connectionId, out var slot)
            && features.Get<IBadRequestExceptionFeature>()?.Error is BadHttpRequestException rejection)
        {
            slot.Rejection = rejection;
        }
    }

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    public void Dispose() => _subscription.Dispose();
}

/// <summary>Where the rejection of a connection's request lands, read by that connection's writer.</summary>
internal sealed class RejectionSlot
{
    private BadHttpRequestException? _rejection;

    public BadHttpRequestException? Rejection
    {
        get => Volatile.Read(ref _rejection);
        set => Volatile.Write(ref _rejection, value);
    }
}
