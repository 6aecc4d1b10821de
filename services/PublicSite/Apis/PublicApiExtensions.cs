namespace PublicSite.Apis;

public static class PublicApiExtensions
{
    /// <summary>The services' public APIs, found by service discovery, with the resilience of the platform's HTTP clients.</summary>
    public static IHostApplicationBuilder AddPublicApis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<DirectoryApi>(http => http.BaseAddress = new("http://actor-directory"));
        builder.Services.AddHttpClient<CalendarApi>(http => http.BaseAddress = new("http://events-calendar"));
        builder.Services.AddHttpClient<FundingApi>(http => http.BaseAddress = new("http://funding-calls"));
        builder.Services.AddHttpClient<CommunicationsApi>(http => http.BaseAddress = new("http://communications"));
        return builder;
    }
}
