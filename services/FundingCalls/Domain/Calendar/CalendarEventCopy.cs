namespace FundingCalls.Domain.Calendar;

/// <summary>
/// What funding knows of a published calendar event, from the calendar's integration events:
/// enough to check that an application funds real events of its applicant. Written only by
/// <see cref="IntegrationEvents.CalendarEvents"/>, in SQL.
/// </summary>
public sealed class CalendarEventCopy
{
    private CalendarEventCopy()
    {
    }

    public Guid EventId { get; private set; }

    public Guid OrganiserId { get; private set; }

    public List<Guid> PartnerIds { get; private set; } = [];

    public string Title { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>A cancelled event stays cancelled: the calendar never revives one.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>The calendar's sequence of what it shows; older news never overwrites newer.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether <paramref name="actorId"/> organises it or is one of its partners.</summary>
    public bool Involves(Guid actorId) => OrganiserId == actorId || PartnerIds.Contains(actorId);
}
