namespace Ssi.ServiceDefaults.Validation;

/// <summary>A link a reader can follow: an absolute http or https address with a host.</summary>
public static class WebAddress
{
    public static bool IsValid(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Length > 0;
}
