using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Ssi.ServiceDefaults.OpenApi;

namespace Microsoft.Extensions.Hosting;

/// <summary>What the four HTTP services add on top of the defaults they share with the gateway.</summary>
public static class ServiceApiExtensions
{
    /// <summary>The service defaults, an OpenAPI document and .NET's built-in request validation.</summary>
    public static IHostApplicationBuilder AddServiceApiDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddDefaultOpenApi();
        builder.Services.AddValidation();
        return builder;
    }

    /// <summary>The shared middleware, then <c>/health</c>, <c>/alive</c> and the OpenAPI document.</summary>
    public static WebApplication UseServiceApiDefaults(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapDefaultOpenApi();
        return app;
    }
}
