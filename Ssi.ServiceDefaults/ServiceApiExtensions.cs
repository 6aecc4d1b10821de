using Microsoft.AspNetCore.Builder;
using Ssi.ServiceDefaults.OpenApi;

namespace Microsoft.Extensions.Hosting;

/// <summary>What the four HTTP services add on top of the defaults they share with the gateway.</summary>
public static class ServiceApiExtensions
{
    /// <summary>
    /// The service defaults and an OpenAPI document. Each service still calls
    /// <c>AddValidation()</c> itself: the validation source generator only sees the request types
    /// of the assembly that makes that call.
    /// </summary>
    public static IHostApplicationBuilder AddServiceApiDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddDefaultOpenApi();
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
