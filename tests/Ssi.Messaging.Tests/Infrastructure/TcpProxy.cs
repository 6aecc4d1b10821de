using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Net;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of the broker, to cut the network between a service and RabbitMQ
/// deterministically: <see cref="Cut"/> drops every connection and refuses new ones until
/// <see cref="Restore"/>.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DnsEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, bool> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _open = true;

    public TcpProxy(Uri target)
    {
        _target = new DnsEndPoint(target.Host, target.Port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary><paramref name="uri"/> with its port replaced by the proxy's.</summary>
    public Uri Through(Uri uri) => new UriBuilder(uri) { Port = Port }.Uri;

    /// <summary>Resets every connection (RST, as a failed network does) and refuses new ones.</summary>
    public void Cut()
    {
        _open = false;
        foreach (var connection in _connections.Keys)
        {
            Reset(connection);
        }
    }

    public void Restore() => _open = true;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_open)
            {
                _ = RelayAsync(client);
            }
            else
            {
                client.Dispose();
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        _connections[client] = true;
        _connections[upstream] = true;
        try
        {
            await upstream.ConnectAsync(_target.Host, _target.Port, _stopping.Token);
            var downstream = client.GetStream();
            var toBroker = downstream.CopyToAsync(upstream.GetStream(), _stopping.Token);
            var toClient = upstream.GetStream().CopyToAsync(downstream, _stopping.Token);
            await Task.WhenAny(toBroker, toClient);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection ends; either side sees it closed.
        }
        finally
        {
            _connections.TryRemove(client, out _);
            _connections.TryRemove(upstream, out _);
            client.Dispose();
        }
    }

    private static void Reset(TcpClient connection)
    {
        try
        {
            connection.Client?.LingerState = new LingerOption(enable: true, seconds: 0);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        connection.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stopping.Dispose();
    }
}
