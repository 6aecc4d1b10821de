using System.Linq.Expressions;

namespace Communications.Domain;

/// <summary>
/// An event listed in the local programme of its territory, and in the brochure of the calendar
/// programme it joined, as the calendar last stated it. Written only by <c>ProgrammeEntries</c>,
/// in SQL, the newest statement winning.
/// </summary>
public sealed class ProgrammeEntry
{
    private ProgrammeEntry()
    {
    }

    public Guid EventId { get; private set; }

    /// <summary>INSEE code of the commune whose programme lists the event.</summary>
    public string TerritoryCode { get; private set; } = "";

    /// <summary>The calendar programme (a territory's programme of one edition) the event joined.</summary>
    public Guid? ProgrammeId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Summary { get; private set; }

    public string OrganiserName { get; private set; } = "";

    /// <summary>The venue's name and address in one line, as every version of the calendar's messages gives it.</summary>
    public string? Venue { get; private set; }

    public string? VenueName { get; private set; }

    /// <summary>Street address and postal code.</summary>
    public string? VenueAddress { get; private set; }

    /// <summary>The calendar's status: scheduled, rescheduled, postponed, full or cancelled.</summary>
    public string Status { get; private set; } = "";

    /// <summary>The calendar's kebab-case codes: wheelchair, hearing, visual, intellectual.</summary>
    public List<string> Accessibility { get; private set; } = [];

    public List<string> Partners { get; private set; } = [];

    /// <summary>Starts of the slots that take place, paired by position with <see cref="SlotEnds"/>.</summary>
    public List<DateTimeOffset> SlotStarts { get; private set; } = [];

    public List<DateTimeOffset> SlotEnds { get; private set; } = [];

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>When the calendar stated the content kept here; older statements never overwrite it.</summary>
    public DateTimeOffset StatedAt { get; private set; }

    /// <summary>When the calendar last cancelled the event; a later statement of its content may restore it.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>
    /// Whether the event takes place. A cancelled event leaves programmes and brochures: an admin's
    /// take-down of an abusive event reaches this service as a cancellation too.
    /// </summary>
    public static Expression<Func<ProgrammeEntry, bool>> IsListed { get; } =
        entry => entry.Status != "cancelled" && (entry.CancelledAt == null || entry.CancelledAt < entry.StatedAt);

    public IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Slots => SlotStarts.Zip(SlotEnds);
}
