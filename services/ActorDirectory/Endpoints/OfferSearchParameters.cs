using System.Globalization;
using ActorDirectory.Domain.Offers;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>The query string of <c>GET /offers</c>.</summary>
/// <param name="Kind">An offer kind in kebab-case, e.g. <c>room</c>.</param>
/// <param name="MinCapacity">Rooms holding at least that many people.</param>
/// <param name="Near"><c>commune:</c> and an INSEE code: offers in that commune first, then in its EPCI, then in its department; nothing farther.</param>
/// <param name="On">A day (yyyy-MM-dd, in Europe/Paris): offers with a window overlapping it, or without windows (on request).</param>
/// <param name="From">With <paramref name="To"/> instead of <paramref name="On"/>: offers with a window overlapping these days (both included), or on request.</param>
/// <param name="Tags">Comma-separated tags an offer must all carry, e.g. <c>kitchen,hifi-video</c>.</param>
public sealed record OfferSearchParameters(
    string? Kind,
    int? MinCapacity,
    string? Near,
    string? On,
    string? From,
    string? To,
    string? Tags,
    int? Limit,
    string? Cursor)
{
    private const string NearPrefix = "commune:";

    /// <param name="errors">Each bad parameter, by name, with what is wrong with it.</param>
    public bool TryGetCriteria(out OfferSearchCriteria criteria, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var kind = ParseKind(errors);
        var near = ParseNear(errors);
        var (availableFrom, availableUntil) = ParseDays(errors);
        var tags = ParseTags(errors);
        var after = ParseCursor(errors);
        if (MinCapacity is < OfferRules.MinRoomCapacity)
        {
            errors["minCapacity"] = [$"minCapacity must be at least {OfferRules.MinRoomCapacity}."];
        }

        if (!PageCursor.TryGetLimit(Limit, out var limit))
        {
            errors["limit"] = [$"limit must be between 1 and {PageCursor.MaxLimit}."];
        }

        criteria = new OfferSearchCriteria(kind, MinCapacity, near, availableFrom, availableUntil, tags, limit, after);
        return errors.Count == 0;
    }

    private OfferKind? ParseKind(Dictionary<string, string[]> errors)
    {
        if (Kind is null)
        {
            return null;
        }

        if (ApiEnum<OfferKind>.TryParse(Kind, out var kind))
        {
            return kind;
        }

        errors["kind"] = [$"'{Kind}' is not an offer kind; use one of: {string.Join(", ", ApiEnum<OfferKind>.Names)}."];
        return null;
    }

    private string? ParseNear(Dictionary<string, string[]> errors)
    {
        if (Near is null)
        {
            return null;
        }

        var code = Near.StartsWith(NearPrefix, StringComparison.Ordinal) ? Near[NearPrefix.Length..] : null;
        if (CommuneCode.IsValid(code))
        {
            return code;
        }

        errors["near"] = [$"'{Near}' is not a place to search near: use commune: and an INSEE commune code, e.g. commune:64129."];
        return null;
    }

    private (DateTimeOffset? From, DateTimeOffset? Until) ParseDays(Dictionary<string, string[]> errors)
    {
        if (On is not null && (From is not null || To is not null))
        {
            errors["on"] = ["Ask either for one day (on) or for a range of days (from, to), not both."];
            return (null, null);
        }

        var on = ParseDay(On, "on", errors);
        var first = ParseDay(From, "from", errors) ?? on;
        var last = ParseDay(To, "to", errors) ?? on;
        if (first > last)
        {
            errors["to"] = ["to must not be before from."];
        }

        return (first is { } day ? ParisDays.StartOf(day) : null, last is { } lastDay ? ParisDays.EndOf(lastDay) : null);
    }

    private static DateOnly? ParseDay(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = [$"'{value}' is not a date: use yyyy-MM-dd, e.g. 2026-11-18."];
        return null;
    }

    private List<string> ParseTags(Dictionary<string, string[]> errors)
    {
        var tags = (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (tags.FirstOrDefault(tag => !OfferRules.IsTag(tag)) is { } badTag)
        {
            errors["tags"] = [$"'{badTag}' is not a tag: tags are kebab-case, e.g. hifi-video."];
        }

        return tags;
    }

    private (int Rank, Guid Id)? ParseCursor(Dictionary<string, string[]> errors)
    {
        if (Cursor is null)
        {
            return null;
        }

        if (PageCursor.TryDecode(Cursor, 2, out var keys)
            && int.TryParse(keys[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
            && Guid.TryParse(keys[1], out var id))
        {
            return (rank, id);
        }

        errors["cursor"] = ["The cursor is not one this list issued."];
        return null;
    }
}

/// <summary>A validated offer search.</summary>
/// <param name="AvailableFrom">With <paramref name="AvailableUntil"/>: the span an offer's window must overlap (either end may be open).</param>
/// <param name="After">The (distance rank, id) of the last offer of the previous page.</param>
public sealed record OfferSearchCriteria(
    OfferKind? Kind,
    int? MinCapacity,
    string? NearCommuneCode,
    DateTimeOffset? AvailableFrom,
    DateTimeOffset? AvailableUntil,
    IReadOnlyList<string> Tags,
    int Limit,
    (int Rank, Guid Id)? After);
