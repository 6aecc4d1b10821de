namespace ActorDirectory.Domain.Identifiers;

internal static class IdentifierText
{
    /// <summary>Drops the spaces people type to group digits ("216 401 299").</summary>
    public static string Compact(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));

    public static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
