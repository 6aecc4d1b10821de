namespace Communications.Brochures;

public static class BrochureServiceExtensions
{
    /// <summary>The brochures' rendering: one Chromium per replica, and the renderer that keeps them current.</summary>
    public static IHostApplicationBuilder AddBrochures(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<BrochureOptions>(builder.Configuration.GetSection(BrochureOptions.Section));
        builder.Services.AddSingleton<ChromiumPrinter>();
        builder.Services.AddScoped<BrochureDocuments>();
        builder.Services.AddHostedService<BrochureRenderer>();
        return builder;
    }
}
