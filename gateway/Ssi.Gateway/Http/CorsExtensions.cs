namespace Ssi.Gateway.Http;

public static class CorsExtensions
{
    /// <summary>
    /// City websites embed public calendars and directories: any origin may read (GET, HEAD) without
    /// credentials (<c>Access-Control-Allow-Origin: *</c>, never <c>Allow-Credentials</c>). Writes stay
    /// same-origin or server-to-server.
    /// </summary>
    public static WebApplicationBuilder AddGatewayCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Location", "Link", "Retry-After", "Content-Disposition")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return builder;
    }
}
