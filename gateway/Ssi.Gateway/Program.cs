using Ssi.Gateway;
using Ssi.Gateway.Docs;
using Ssi.Gateway.Health;
using Ssi.Gateway.Http;
using Ssi.Gateway.Http.ServerRejections;
using Ssi.Gateway.RateLimiting;
using Ssi.Gateway.ReverseProxy;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayRequestLimits();
builder.AddServerRejectionProblems();
builder.AddGatewayCors();
builder.AddGatewayRateLimiting();
builder.AddUpstreamHealthChecks();
builder.AddGatewayReverseProxy();

var app = builder.Build();

// The public site's pages answer a malformed address themselves, with a French page.
app.UseServiceDefaults(checkUrl: request => !Upstreams.IsPublicSitePath(request.Path));
app.UseCors();
app.UseRateLimiter();
app.UseRequestBodyLimit();

app.MapDefaultEndpoints();
app.MapApiReference();
app.MapGatewayReverseProxy();

app.Run();

public partial class Program;
