using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ssi.AppHost.Infrastructure;

/// <summary>Healthy once something accepts TCP connections on the loopback port.</summary>
internal sealed class TcpPortHealthCheck(Func<int> port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port(), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy($"Nothing listens on 127.0.0.1:{port()}.", exception);
        }
    }
}
