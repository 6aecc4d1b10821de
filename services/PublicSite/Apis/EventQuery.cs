using Microsoft.AspNetCore.WebUtilities;
using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Apis;

/// <summary>The calendar's filters of published events, as the programme pages ask them.</summary>
public sealed record EventQuery(
    TerritoryReference? Territory,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Kind = null,
    string? Audience = null,
    string? Theme = null,
    bool FreeOnly = false,
    IReadOnlyList<string>? Accessibility = null,
    Guid? Organiser = null)
{
    public string ToQueryString(int limit, string? cursor)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters.Add(new(name, value));
            }
        }

        Add("territory", Territory?.ToString());
        Add("from", From?.ToString("O"));
        Add("to", To?.ToString("O"));
        Add("kind", Kind);
        Add("audience", Audience);
        Add("theme", Theme);
        Add("free", FreeOnly ? "true" : null);
        Add("organiser", Organiser?.ToString());
        Add("cursor", cursor);
        foreach (var need in Accessibility ?? [])
        {
            Add("accessibility", need);
        }

        return QueryString.Create(parameters).ToUriComponent();
    }
}
