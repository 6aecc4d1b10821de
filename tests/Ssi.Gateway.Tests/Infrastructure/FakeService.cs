using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ssi.Gateway.Tests.Infrastructure;

/// <summary>
/// A tiny real ASP.NET Core service on 127.0.0.1 and a dynamic port, standing in for one SSI service:
/// it answers <c>/health</c>, serves an OpenAPI document whose server URL honours the forwarded
/// headers (as Microsoft.AspNetCore.OpenApi does), and echoes every other request, numbered, with
/// the response headers its query asks for (<c>?respond-cache-control=public,%20s-maxage%3D60</c>).
/// </summary>
public sealed class FakeService : IAsyncDisposable
{
    private const string ReceivedHeaders = "received-headers";
    private const string RespondHeaderPrefix = "respond-";

    private readonly WebApplication _app;
    private bool _stopped;
    private long _echoes;

    private FakeService(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }

    /// <summary>When set, <c>/health</c> never answers (a hung process), until the caller gives up.</summary>
    public bool HangHealth { get; set; }

    public Uri Address => new(_app.Urls.Single());

    public static async Task<FakeService> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.All);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            // Keep the headers as the gateway sent them: the forwarded headers middleware consumes X-Forwarded-*.
            context.Items[ReceivedHeaders] = context.Request.Headers.ToDictionary(
                header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            return next(context);
        });
        app.UseForwardedHeaders();

        FakeService? self = null;
        app.MapGet("/health", async (CancellationToken aborted) =>
        {
            if (self?.HangHealth == true)
            {
                await Task.Delay(Timeout.Infinite, aborted);
            }

            return Results.Json(new { status = "Healthy" });
        });
        app.MapGet("/openapi/v1.json", (HttpRequest request) => Results.Json(new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = name, ["version"] = "v1" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = $"{request.Scheme}://{request.Host}{request.PathBase}" }),
            ["paths"] = new JsonObject(),
        }));
        app.Map("/{**path}", async (HttpContext context) =>
        {
            var bodyBytes = 0L;
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                bodyBytes += read;
            }

            var request = context.Request;
            foreach (var (key, value) in request.Query.Where(parameter => parameter.Key.StartsWith(RespondHeaderPrefix, StringComparison.Ordinal)))
            {
                context.Response.Headers[key[RespondHeaderPrefix.Length..]] = value;
            }

            return Results.Json(new EchoResponse(
                name,
                request.Method,
                request.Path.Value ?? "",
                request.PathBase.Value ?? "",
                request.QueryString.Value ?? "",
                (Dictionary<string, string>)context.Items[ReceivedHeaders]!,
                bodyBytes,
                Interlocked.Increment(ref self!._echoes)));
        });

        await app.StartAsync();
        return self = new FakeService(name, app);
    }

    /// <summary>Stops the service, as a crashed or stopped process would be: its port refuses connections.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

public sealed record EchoResponse(
    string Service,
    string Method,
    string Path,
    string PathBase,
    string Query,
    Dictionary<string, string> Headers,
    long BodyBytes,
    long Sequence);
