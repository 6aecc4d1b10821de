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

    public static string Describe(JsonException exception)
    {
        if (exception is ApiJsonException)
        {
            return exception.Message;
        }

        var field = FieldOf(exception.Path);
        if (MissingProperties().Match(exception.Message) is { Success: true } missing)
        {
            return $"Required fields are missing: {missing.Groups["names"].Value}.";
        }

        if (field is not null && ConversionTarget().Match(exception.Message) is { Success: true } target
            && EnumAt(target.Groups["type"].Value, exception.Path!) is { } enumType)
        {
            return $"{field} must be one of: {string.Join(", ", NamesOf(enumType))}.";
        }

        return field is null
            ? $"The request body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1})."
            : $"{field} has the wrong type or format for this field.";
    }

    /// <summary><c>$.slots[2].startsAt</c> becomes <c>'slots[2].startsAt'</c>; the root gives null.</summary>
    private static string? FieldOf(string? path) =>
        path is null or "$" ? null : $"'{path.TrimStart('$').TrimStart('.')}'";

    /// <summary>
    /// The enum a field holds, when the value could not be read as one. The serializer names either
    /// the enum itself or, for a constructor parameter, the type that declares the field.
    /// </summary>
    private static Type? EnumAt(string typeName, string path)
    {
        var named = AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(typeName, throwOnError: false))
            .FirstOrDefault(type => type is not null);
        if (named is null || named.IsEnum)
        {
            return named;
        }

        var fieldName = LastSegment().Match(path).Groups["name"].Value;
        var field = JsonDefaults.Options.GetTypeInfo(named).Properties.FirstOrDefault(property => property.Name == fieldName)?.PropertyType;
        var enumType = field is null ? null : Nullable.GetUnderlyingType(field) ?? field;
        return enumType is { IsEnum: true } ? enumType : null;
    }

    private static IEnumerable<string> NamesOf(Type enumType) =>
        ((IEnumerable<string>)typeof(ApiEnum<>).MakeGenericType(enumType).GetProperty(nameof(ApiEnum<DayOfWeek>.Names))!.GetValue(null)!)
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\.(?<name>[^.\[\]]+)(?:\[\d+\])?$")]
    private static partial Regex LastSegment();

    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"could not be converted to (?:System\.Nullable`1\[)?(?<type>[\w+]+(?:\.[\w+]+)*)")]
    private static partial Regex ConversionTarget();
}
