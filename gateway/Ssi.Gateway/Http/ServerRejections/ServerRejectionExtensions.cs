using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace Ssi.Gateway.Http.ServerRejections;

public static class ServerRejectionExtensions
{
    /// <summary>
    /// Requests Kestrel rejects before any middleware runs are answered with a problem body, as
    /// every other error of the gateway, instead of Kestrel's empty one.
    /// </summary>
    public static WebApplicationBuilder AddServerRejectionProblems(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ServerRejectionListener>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
        {
            var rejections = listen.ApplicationServices.GetRequiredService<ServerRejectionListener>();
            listen.Use(next => async connection =>
            {
                var connectionId = connection.ConnectionId;
                var slot = rejections.Follow(connectionId);
                var transport = connection.Transport;
                connection.Transport = new DuplexPipe(transport.Input, new ProblemRewritingPipeWriter(transport.Output, slot));
                try
                {
                    await next(connection);
                }
                finally
                {
                    rejections.Forget(connectionId);
                }
            });
        }));
        return builder;
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }
}
