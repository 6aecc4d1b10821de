using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Communications.Data;
using Communications.Domain;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Time;

namespace Communications.Brochures;

/// <summary>What a programme's brochure shows: its cover and its events day by day (Europe/Paris).</summary>
public sealed record BrochureContent(BrochureCover Cover, IReadOnlyList<BrochureDay> Days)
{
    /// <summary>Bumped when the documents change for the same content (layout, wording), so stored ones are rendered again.</summary>
    private const int LayoutVersion = 1;

    /// <summary>The ETag of the brochure's documents, and how a stored rendering is known to be current.</summary>
    [JsonIgnore]
    public string Tag => field ??= TagOf(new { LayoutVersion, Cover, Days });

    private static string TagOf<T>(T content)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(content));
        return $"W/\"{WebEncoders.Base64UrlEncode(hash, 0, 18)}\"";
    }

    /// <returns>Null when the programme is unknown here.</returns>
    public static async Task<BrochureContent?> LoadAsync(CommunicationsDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.ProgrammeId == programmeId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var entries = await db.ProgrammeEntries.AsNoTracking()
            .Where(entry => entry.ProgrammeId == programmeId)
            .Where(ProgrammeEntry.IsListed)
            .ToListAsync(cancellationToken);
        var days = entries
            .SelectMany(entry => entry.Slots.Select(slot => BrochureItem.Of(entry, ParisTime.ToParis(slot.StartsAt), ParisTime.ToParis(slot.EndsAt))))
            .GroupBy(item => DateOnly.FromDateTime(item.StartsAt.DateTime))
            .OrderBy(day => day.Key)
            .Select(day => new BrochureDay(day.Key, [.. day.OrderBy(item => item.StartsAt).ThenBy(item => item.Title, StringComparer.Ordinal).ThenBy(item => item.EventId)]))
            .ToList();
        return new BrochureContent(BrochureCover.Of(programme), days);
    }
}

public sealed record BrochureCover(
    Guid ProgrammeId, int EditionYear, string EditionName, string? NationalTheme, string Name, string CoordinatingActorName, string? LocalTheme,
    DateOnly StartsOn, DateOnly EndsOn)
{
    public static BrochureCover Of(Programme programme) =>
        new(programme.ProgrammeId, programme.EditionYear, programme.EditionName, programme.NationalTheme, programme.Name,
            programme.CoordinatingActorName, programme.LocalTheme, programme.StartsOn, programme.EndsOn);
}

public sealed record BrochureDay(DateOnly Day, IReadOnlyList<BrochureItem> Items);

/// <summary>One time an event takes place, in Paris time.</summary>
/// <param name="Venue">The venue's name, or its one-line description in messages from before the calendar named it apart.</param>
public sealed record BrochureItem(
    Guid EventId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Title, string? Summary, string Status, string OrganiserName,
    string? Venue, string? VenueAddress, IReadOnlyList<string> Partners, IReadOnlyList<string> Accessibility)
{
    public static BrochureItem Of(ProgrammeEntry entry, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        new(entry.EventId, startsAt, endsAt, entry.Title, entry.Summary, entry.Status, entry.OrganiserName, entry.VenueName ?? entry.Venue,
            entry.VenueAddress, entry.Partners, entry.Accessibility);
}
