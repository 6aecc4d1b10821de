using System.Collections.Frozen;
using System.Text.Json;

namespace Ssi.ServiceDefaults.Http;

/// <summary>Enum values as the API spells them (kebab-case), for query strings and contracts.</summary>
public static class ApiEnum<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(NameOf, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static string NameOf(TEnum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);
}
