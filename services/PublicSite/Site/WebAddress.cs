namespace PublicSite.Site;

public static class WebAddress
{
    /// <summary>Whether an address the services hold may become a link: http or https only, never <c>javascript:</c>.</summary>
    public static bool IsLinkable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
