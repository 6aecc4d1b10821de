using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ssi.ServiceDefaults.Data;

/// <summary>A value (a record, a list of records) stored whole in a <c>jsonb</c> column.</summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Maps the property to <c>jsonb</c>; two values are the same when their JSON is, so that lists are compared by their elements.</summary>
    public static PropertyBuilder<T> HasJsonColumn<T>(this PropertyBuilder<T> property) =>
        property.HasColumnType("jsonb").HasConversion(
            new ValueConverter<T, string>(value => Serialize(value), json => JsonSerializer.Deserialize<T>(json, Options)!),
            new ValueComparer<T>(
                (left, right) => Serialize(left) == Serialize(right),
                value => Serialize(value).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(Serialize(value), Options)!));

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
