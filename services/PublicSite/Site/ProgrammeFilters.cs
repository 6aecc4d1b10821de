using System.Globalization;
using Microsoft.Extensions.Primitives;
using PublicSite.Apis;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;
using Ssi.ServiceDefaults.Time;

namespace PublicSite.Site;

/// <summary>
/// The filters of a programme page, read from its French query string (<c>du</c>, <c>au</c>,
/// <c>type</c>, <c>public</c>, <c>theme</c>, <c>gratuit</c>, <c>accessibilite</c>). A value the
/// site does not know is the visitor's mistake, explained on a 400 page.
/// </summary>
public sealed record ProgrammeFilters(
    DateOnly? From,
    DateOnly? To,
    string? Kind,
    string? Audience,
    string? Theme,
    bool FreeOnly,
    IReadOnlyList<string> Accessibility)
{
    private const int ThemeMaxLength = 80;

    public static ProgrammeFilters Read(IQueryCollection query)
    {
        var from = ReadDate(query, "du");
        var to = ReadDate(query, "au");
        if (from > to)
        {
            throw new InvalidRequestException("La date de début (« du ») est après la date de fin (« au »).");
        }

        var theme = Single(query, "theme")?.Trim();
        if (theme is { Length: > ThemeMaxLength } || theme?.Any(char.IsControl) == true)
        {
            throw new InvalidRequestException($"Le thème doit faire au plus {ThemeMaxLength} caractères, sans caractère de contrôle.");
        }

        var free = Single(query, "gratuit");
        if (free is not (null or "" or "oui"))
        {
            throw new InvalidRequestException("Le filtre « gratuit » ne prend que la valeur « oui ».");
        }

        return new ProgrammeFilters(
            from,
            to,
            ReadCode(query, "type", FrenchEventLabels.KindCodes, "type d'événement"),
            ReadCode(query, "public", FrenchEventLabels.AudienceCodes, "public"),
            string.IsNullOrEmpty(theme) ? null : theme,
            free == "oui",
            [.. query["accessibilite"].Where(code => !string.IsNullOrEmpty(code)).Distinct().Select(code => Known(code!, FrenchEventLabels.AccessibilityCodes, "besoin d'accessibilité"))]);
    }

    /// <summary>The calendar's query for these filters inside <paramref name="territory"/>; without dates, the edition's.</summary>
    public EventQuery ToQuery(TerritoryReference territory, Edition? edition) => new(
        territory,
        From: ParisTime.StartOf(From ?? edition?.StartsOn ?? DateOnly.FromDateTime(DateTime.UtcNow)),
        To: (To ?? edition?.EndsOn) is { } to ? ParisTime.StartOf(to.AddDays(1)).AddTicks(-1) : null,
        Kind: Kind,
        Audience: Audience,
        Theme: Theme,
        FreeOnly: FreeOnly,
        Accessibility: Accessibility);

    /// <summary>The query string that shows these filters again, with <paramref name="extra"/> (the view, the next page).</summary>
    public string ToQueryString(params (string Name, string? Value)[] extra)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters.Add(new(name, value));
            }
        }

        Add("du", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("au", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("type", Kind);
        Add("public", Audience);
        Add("theme", Theme);
        Add("gratuit", FreeOnly ? "oui" : null);
        foreach (var need in Accessibility)
        {
            Add("accessibilite", need);
        }

        foreach (var (name, value) in extra)
        {
            Add(name, value);
        }

        return QueryString.Create(parameters).ToUriComponent();
    }

    private static string? Single(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new InvalidRequestException($"Le paramètre « {name} » est donné plusieurs fois."),
        };
    }

    private static DateOnly? ReadDate(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidRequestException($"« {Shorten(text)} » n'est pas une date : écrivez-la sous la forme 2026-11-14 (année-mois-jour).");
    }

    private static string? ReadCode(IQueryCollection query, string name, IReadOnlyList<string> known, string what) =>
        Single(query, name) is { Length: > 0 } code ? Known(code, known, what) : null;

    private static string Known(string code, IReadOnlyList<string> known, string what) =>
        known.Contains(code) ? code : throw new InvalidRequestException($"« {Shorten(code)} » n'est pas un {what} connu.");

    /// <summary>The visitor's value as the page quotes it: short, control characters shown as "?".</summary>
    private static string Shorten(string text)
    {
        var quoted = new string([.. text.Take(40).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length <= 40 ? quoted : quoted + "…";
    }
}
