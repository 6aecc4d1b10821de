using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Refuses, in every request body, a text field or a list of texts holding a control character
/// other than tab and line breaks. Checked once each object is read, through the serializer's
/// metadata rather than a converter, so the OpenAPI schemas still see plain strings.
/// </summary>
internal static class ControlCharacterCheck
{
    public static void Add(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var texts = typeInfo.Properties
            .Where(property => property.Get is not null
                && (property.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType)))
            .ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var previous = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            previous?.Invoke(value);
            foreach (var property in texts)
            {
                var holdsControlCharacter = property.Get!(value) switch
                {
                    string text => ControlCharacters.AnyInText(text),
                    IEnumerable<string?> list => list.Any(text => text is not null && ControlCharacters.AnyInText(text)),
                    _ => false,
                };
                if (holdsControlCharacter)
                {
                    throw new ApiJsonException($"'{property.Name}' {ApiJsonErrors.ControlCharacter}");
                }
            }
        };
    }
}

/// <summary>A body the serializer read but the API refuses, with a message written for the caller.</summary>
internal sealed class ApiJsonException(string message) : JsonException(message);
