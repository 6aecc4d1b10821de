namespace PublicSite.Site;

public static class JsonLdScript
{
    /// <summary>
    /// JSON placed inside a script element: a "&lt;/script&gt;" in a title would end the element,
    /// so every "&lt;" becomes its JSON escape, which means the same to a JSON reader.
    /// </summary>
    public static string Escape(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);
}
