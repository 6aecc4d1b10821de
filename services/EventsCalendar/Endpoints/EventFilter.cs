using EventsCalendar.Domain.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace EventsCalendar.Endpoints;

/// <summary>
/// The filters of the published events' lists and feeds. Dates select the events with a slot
/// (not cancelled) in the range; lists (audience, accessibility...) match any one of their values.
/// </summary>
/// <param name="Territory">Inside this territory, everything below it included: <c>department:64</c>, <c>epci:200067254</c>, <c>64129</c>.</param>
/// <param name="From">With a slot ending at or after this instant.</param>
/// <param name="To">With a slot starting at or before this instant.</param>
/// <param name="Accessibility">Prepared for every one of these.</param>
/// <param name="Q">Words of the title, summary, themes or kind, accents and typos forgiven ("discosoupe", "exposition eleves").</param>
public sealed record EventFilter(
    string? Q = null,
    string? Territory = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Kind = null,
    string? Audience = null,
    string? Theme = null,
    Guid? Organiser = null,
    Guid? Venue = null,
    string[]? Accessibility = null,
    bool? Free = null)
{
    /// <returns>The published events matching, or the 400 problem that says which filter is malformed.</returns>
    public (IQueryable<CalendarEvent>? Query, ProblemHttpResult? Problem) Apply(IQueryable<CalendarEvent> events)
    {
        var query = events.Where(e => e.Moderation == ModerationState.Published);
        foreach (var word in SearchWords())
        {
            query = query.Where(e => EF.Functions.TrigramsAreWordSimilar(word, e.SearchText));
        }

        if (Territory is not null)
        {
            if (!TerritoryReference.TryRead(Territory, out var territory))
            {
                return (null, Problems.InvalidTerritory(Territory));
            }

            query = query.Where(territory.Includes<CalendarEvent>(e => e.Location));
        }

        if (From is { } from)
        {
            var instant = from.ToUniversalTime();
            query = query.Where(e => e.EndsAt >= instant && e.Slots.Any(slot => !slot.IsCancelled && slot.EndsAt >= instant));
        }

        if (To is { } to)
        {
            var instant = to.ToUniversalTime();
            query = query.Where(e => e.StartsAt <= instant && e.Slots.Any(slot => !slot.IsCancelled && slot.StartsAt <= instant));
        }

        if (Kind is not null)
        {
            if (!ApiEnum<EventKind>.TryParse(Kind, out var kind))
            {
                return (null, Unknown("kind", Kind, ApiEnum<EventKind>.Names));
            }

            query = query.Where(e => e.Kind == kind);
        }

        if (Audience is not null)
        {
            if (!ApiEnum<Audience>.TryParse(Audience, out var audience))
            {
                return (null, Unknown("audience", Audience, ApiEnum<Audience>.Names));
            }

            query = query.Where(e => e.Audiences.Contains(audience));
        }

        if (Theme?.Trim().ToLowerInvariant() is { Length: > 0 } theme)
        {
            query = query.Where(e => e.Themes.Any(t => t.ToLower() == theme));
        }

        if (Organiser is { } organiser)
        {
            query = query.Where(e => e.OrganiserId == organiser || e.PartnerIds.Contains(organiser));
        }

        if (Venue is { } venue)
        {
            query = query.Where(e => e.VenueId == venue);
        }

        foreach (var name in Accessibility ?? [])
        {
            if (!ApiEnum<Accessibility>.TryParse(name, out var need))
            {
                return (null, Unknown("accessibility", name, ApiEnum<Accessibility>.Names));
            }

            query = query.Where(e => e.Accessibility.Contains(need));
        }

        if (Free is { } free)
        {
            query = query.Where(e => e.IsFree == free);
        }

        return (query, null);
    }

    /// <summary>The words of <see cref="Q"/> that say something (three letters or more), at most eight.</summary>
    private IEnumerable<string> SearchWords()
    {
        var words = TextSearch.Normalize(Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var meaningful = words.Where(word => word.Length >= 3).ToList();
        return (meaningful.Count > 0 ? meaningful : words.ToList()).Take(8);
    }

    private static ProblemHttpResult Unknown(string parameter, string value, IEnumerable<string> names) =>
        Problems.BadRequest($"'{value}' is not a {parameter}: expected one of {string.Join(", ", names)}.");
}
