using System.Net;
using System.Net.Sockets;

namespace Ssi.AppHost.Infrastructure;

/// <summary>
/// Free TCP ports for resources that bind them seconds later. Taken below the kernel's ephemeral
/// range: a port the kernel hands out for "any free port" comes from that range, where any
/// outgoing connection of the machine may take it before the resource binds it (RabbitMQ's
/// distribution port lost that race under the parallel test assemblies). A port is handed out
/// once per process: two resources asking before either binds would otherwise both find it free
/// (PostgreSQL and RabbitMQ's management listener were once given the same one).
/// </summary>
internal static class FreePorts
{
    private const int LowestPort = 20000;
    private const string EphemeralRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";

    private static readonly HashSet<int> HandedOut = [];

    public static int Next() => Block(1);

    /// <summary>The first of <paramref name="count"/> consecutive loopback ports that nothing listens on.</summary>
    public static int Block(int count)
    {
        var below = EphemeralRangeStart() - count;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var first = Random.Shared.Next(LowestPort, below);
            var ports = Enumerable.Range(first, count).ToList();
            lock (HandedOut)
            {
                if (!ports.Any(HandedOut.Contains) && ports.All(IsFree))
                {
                    HandedOut.UnionWith(ports);
                    return first;
                }
            }
        }

        throw new InvalidOperationException($"No {count} consecutive free TCP ports found between {LowestPort} and {below + count}.");
    }

    private static int EphemeralRangeStart() =>
        File.Exists(EphemeralRangeFile)
        && int.TryParse(File.ReadAllText(EphemeralRangeFile).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start)
        && start > LowestPort + 1000
            ? start
            : 32768;

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
