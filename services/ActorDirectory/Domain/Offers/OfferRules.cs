using System.Text.RegularExpressions;

namespace ActorDirectory.Domain.Offers;

/// <summary>What makes an offer well formed; each check answers null when it holds, or why not.</summary>
public static partial class OfferRules
{
    public const int MinRoomCapacity = 1;
    public const int MaxRoomCapacity = 10_000;
    public const int MaxTags = 20;
    public const int TagMaxLength = 50;
    public const int MaxAvailabilityWindows = 50;

    public static string? CheckCapacity(OfferKind kind, int? capacity) => (kind, capacity) switch
    {
        (OfferKind.Room, null) => "A room needs its capacity (how many people it holds).",
        (OfferKind.Room, < MinRoomCapacity or > MaxRoomCapacity) => $"A room holds between {MinRoomCapacity} and {MaxRoomCapacity} people.",
        (not OfferKind.Room, not null) => "Only rooms have a capacity.",
        _ => null,
    };

    public static string? CheckTags(IReadOnlyCollection<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            return $"An offer has at most {MaxTags} tags.";
        }

        var invalid = tags.FirstOrDefault(tag => !IsTag(tag));
        return invalid is null
            ? null
            : $"'{invalid}' is not a tag: use kebab-case (lowercase letters and digits joined by hyphens, e.g. hifi-video), at most {TagMaxLength} characters.";
    }

    public static bool IsTag(string tag) => tag.Length <= TagMaxLength && TagPattern().IsMatch(tag);

    /// <summary>Windows each end after they start and never overlap (one may start when another ends).</summary>
    public static string? CheckWindows(IReadOnlyCollection<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> windows)
    {
        if (windows.Count > MaxAvailabilityWindows)
        {
            return $"An offer has at most {MaxAvailabilityWindows} availability windows.";
        }

        if (windows.Any(window => window.EndsAt <= window.StartsAt))
        {
            return "Each availability window must end after it starts.";
        }

        var ordered = windows.OrderBy(window => window.StartsAt).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].StartsAt < ordered[i - 1].EndsAt)
            {
                return $"The availability windows starting {ordered[i - 1].StartsAt:O} and {ordered[i].StartsAt:O} overlap.";
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z")]
    private static partial Regex TagPattern();
}
