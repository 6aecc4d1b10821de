namespace EventsCalendar.Domain.Events;

/// <summary>
/// A grant that funds an event, as funding-calls announced it (<c>GrantAwarded</c>): readers see
/// the event "soutenu par" its funder. Grants are public data of public subsidies.
/// </summary>
public sealed class EventSupport
{
    private EventSupport()
    {
    }

    public EventSupport(Guid eventId, Guid grantId, Guid funderId, string funderName, string deliberationNumber, DateTimeOffset awardedAt)
    {
        EventId = eventId;
        GrantId = grantId;
        FunderId = funderId;
        FunderName = funderName;
        DeliberationNumber = deliberationNumber;
        AwardedAt = awardedAt;
    }

    public Guid EventId { get; private set; }

    public Guid GrantId { get; private set; }

    public Guid FunderId { get; private set; }

    public string FunderName { get; private set; } = "";

    public string DeliberationNumber { get; private set; } = "";

    public DateTimeOffset AwardedAt { get; private set; }
}
