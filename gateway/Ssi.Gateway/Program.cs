using Ssi.Gateway;
using Ssi.Gateway.Caching;
using Ssi.Gateway.Docs;
using Ssi.Gateway.Health;
using Ssi.Gateway.Http;
using Ssi.Gateway.Http.ServerRejections;
using Ssi.Gateway.RateLimiting;
using Ssi.Gateway.ReverseProxy;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// The gateway's own pipeline never blocks a thread, so it runs on the socket's thread: one
// thread-pool hop less per read and write, which a 2-core machine feels on every request.
builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
builder.AddGatewayRequestLimits();
builder.AddServerRejectionProblems();
builder.AddGatewayCors();
builder.AddGatewayRateLimiting();
builder.AddGatewaySharedCache();
builder.AddUpstreamHealthChecks();
builder.AddGatewayReverseProxy();

var app = builder.Build();

// The public site's pages answer a malformed address themselves, with a French page.
app.UseServiceDefaults(checkUrl: request => !Upstreams.IsPublicSitePath(request.Path));
app.UseCors();
app.UseRateLimiter();
app.UseRequestBodyLimit();
app.UseOutputCache();

app.MapDefaultEndpoints();
app.MapApiReference();
app.MapGatewayReverseProxy();

app.Run();

public partial class Program;
