using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Ssi.ServiceDefaults.Http;

public static class JsonDefaults
{
    /// <summary>
    /// API conventions of every service: camelCase fields, enums as kebab-case strings, and no
    /// control characters in any string read.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static IServiceCollection AddDefaultJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

    private static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new ApiEnumConverterFactory());
        options.Converters.Add(new ControlCharacterStringConverter());
        return options;
    }
}
