namespace Communications.IntegrationEvents;

/// <summary>
/// The calendar refuses control characters, but a message is not a request: PostgreSQL cannot store
/// NUL, and a message carrying one would fail forever. It is kept as U+FFFD, as HTML shows it.
/// </summary>
internal static class StorableText
{
    public static string Of(string text) => text.Replace('\0', '\uFFFD');

    public static string? OfOptional(string? text) => text?.Replace('\0', '\uFFFD');
}
