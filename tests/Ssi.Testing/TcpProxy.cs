using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Net;

namespace Ssi.Testing;

/// <summary>
/// A loopback TCP proxy in front of the broker or the SMTP server, to fail the network between a service and them
/// deterministically: <see cref="Cut"/> drops every connection and refuses new ones until
/// <see cref="Restore"/>; <see cref="Stall"/> keeps the connections open but lets no byte through
/// (a broker that stopped answering) until <see cref="Resume"/>.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DnsEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, bool> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _open = true;
    private volatile TaskCompletionSource _flowing = Flowing();

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

    /// <summary>Holds every byte in both directions; connections stay open and look alive.</summary>
    public void Stall() => _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Resume() => _flowing.TrySetResult();

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

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
            var toBroker = CopyAsync(downstream, upstream.GetStream());
            var toClient = CopyAsync(upstream.GetStream(), downstream);
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

    private async Task CopyAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stopping.Token)) > 0)
        {
            await _flowing.Task.WaitAsync(_stopping.Token);
            await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
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
        Resume();
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stopping.Dispose();
    }
}
