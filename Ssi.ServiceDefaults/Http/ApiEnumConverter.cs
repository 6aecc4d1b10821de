using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ssi.ServiceDefaults.Http;

/// <summary>Enums as kebab-case strings (<see cref="ApiEnum{TEnum}"/>); an unknown value is refused with the list of allowed ones.</summary>
internal sealed class ApiEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ApiEnumConverter<>).MakeGenericType(typeToConvert))!;
}

internal sealed class ApiEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    private static readonly string Refusal = $"{ApiJsonErrors.OwnMessageStart}be one of: {string.Join(", ", ApiEnum<TEnum>.Names.Order(StringComparer.Ordinal))}.";

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && ApiEnum<TEnum>.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException(Refusal);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ApiEnum<TEnum>.NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ApiEnum<TEnum>.TryParse(reader.GetString(), out var value) ? value : throw new JsonException(Refusal);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(ApiEnum<TEnum>.NameOf(value));
}
