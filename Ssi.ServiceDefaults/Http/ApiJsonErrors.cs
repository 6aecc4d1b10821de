using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// What an API user reads when a body cannot be read: the field and what is wrong with it, never
/// the serializer's own message, which names the service's internal types.
/// </summary>
internal static partial class ApiJsonErrors
{
    public const string ControlCharacter = "must not hold control characters (only tabs and line breaks are allowed in text).";

    public const string ExpectedText = "must be a string.";

    /// <summary>
    /// How the messages of our converters, and only theirs, begin: they are phrased for the user and
    /// get the field put in front; the serializer's own messages are replaced.
    /// </summary>
    public const string OwnMessageStart = "must ";

    public static string Describe(JsonException exception)
    {
        var field = FieldOf(exception.Path);
        if (exception.Message.StartsWith(OwnMessageStart, StringComparison.Ordinal))
        {
            return $"{field ?? "The body"} {exception.Message}";
        }

        if (MissingProperties().Match(exception.Message) is { Success: true } missing)
        {
            return $"Required fields are missing: {missing.Groups["names"].Value}.";
        }

        return field is null
            ? $"The request body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1})."
            : $"{field} has the wrong type or format for this field.";
    }

    /// <summary><c>$.slots[2].startsAt</c> becomes <c>'slots[2].startsAt'</c>; the root gives null.</summary>
    private static string? FieldOf(string? path) =>
        path is null or "$" ? null : $"'{path.TrimStart('$').TrimStart('.')}'";

    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$")]
    private static partial Regex MissingProperties();
}
