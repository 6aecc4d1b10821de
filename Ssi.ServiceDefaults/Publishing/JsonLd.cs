using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Ssi.ServiceDefaults.Http;

namespace Ssi.ServiceDefaults.Publishing;

/// <summary>schema.org documents in JSON-LD, for city websites to embed and search engines to read.</summary>
public static class JsonLd
{
    public const string MediaType = "application/ld+json";
    public const string Context = "https://schema.org";

    /// <summary>JSON-LD leaves out what is unknown rather than stating null.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonDefaults.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>True when the client asks for JSON-LD at least as much as for plain JSON.</summary>
    public static bool IsPreferred(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        double Quality(string mediaType) => accepted
            .Where(range => range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(range => range.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();

        var jsonLd = Quality(MediaType);
        return jsonLd > 0 && jsonLd >= Quality("application/json");
    }

    public static JsonHttpResult<T> Result<T>(T document) => TypedResults.Json(document, SerializerOptions, MediaType);
}

public sealed record PostalAddressJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    string? StreetAddress,
    string? PostalCode,
    string? AddressLocality,
    string AddressCountry);

public sealed record AdministrativeAreaJsonLd([property: JsonPropertyName("@type")] string Type, string Name);

public sealed record PropertyValueJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("propertyID")] string PropertyId,
    string Value);
