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

    private readonly ConcurrentDictionary<string, BadHttpRequestException> _rejected = new();
    private readonly IDisposable _subscription;

    public ServerRejectionListener(DiagnosticListener diagnostics) =>
        _subscription = diagnostics.Subscribe(this, name => name == EventName);

    /// <summary>The rejection of the connection's current request, if Kestrel rejected it; forgets it.</summary>
    public BadHttpRequestException? Take(string connectionId) =>
        _rejected.TryRemove(connectionId, out var rejection) ? rejection : null;

    public void Forget(string connectionId) => _rejected.TryRemove(connectionId, out _);

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is IFeatureCollection features
            && features.Get<IHttpConnectionFeature>()?.ConnectionId is { } connectionId
            && features.Get<IBadRequestExceptionFeature>()?.Error is BadHttpRequestException rejection)
        {
            _rejected[connectionId] = rejection;
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
