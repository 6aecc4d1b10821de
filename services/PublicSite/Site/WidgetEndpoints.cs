using Microsoft.AspNetCore.Http.HttpResults;
using PublicSite.Caching;

namespace PublicSite.Site;

public static class WidgetEndpoints
{
    /// <summary>The widget's colours: the city's accent, and the text colours that stay readable with it.</summary>
    public static IEndpointRouteBuilder MapWidgetTheme(this IEndpointRouteBuilder app)
    {
        app.MapGet(WidgetPaths.Frame + "/theme.css", GetTheme).CacheOutput(PageCache.Policy);
        return app;
    }

    private static ContentHttpResult GetTheme(string? couleur, HttpResponse response)
    {
        var colour = WidgetOptions.ReadColour(couleur);
        var whiteReadable = WidgetOptions.WhiteTextReadableOn(colour);
        response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Text(
            $":root{{--accent:#{colour};--on-accent:{(whiteReadable ? "#fff" : "#1e1e1e")};--link:{(whiteReadable ? "#" + colour : "#1e1e1e")}}}\n",
            "text/css; charset=utf-8");
    }
}
