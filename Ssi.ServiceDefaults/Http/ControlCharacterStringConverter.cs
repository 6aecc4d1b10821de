using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ssi.ServiceDefaults.Http;

/// <summary>Refuses a JSON string holding a control character other than tab and line breaks, wherever it stands in a body.</summary>
internal sealed class ControlCharacterStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(ApiJsonErrors.ExpectedText);
        }

        var value = reader.GetString()!;
        return ControlCharacters.AnyInText(value) ? throw new JsonException(ApiJsonErrors.ControlCharacter) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
