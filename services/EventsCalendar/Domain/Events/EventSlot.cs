namespace EventsCalendar.Domain.Events;

/// <summary>
/// One time the event takes place: a screening of a film shown twice, an afternoon of an
/// exhibition. Its id stays the same when its times move, so calendar clients update it in place;
/// a slot removed after publication is kept as cancelled rather than silently dropped.
/// </summary>
public sealed class EventSlot
{
    private EventSlot()
    {
    }

    public EventSlot(Guid id, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        Id = id;
        Reschedule(startsAt, endsAt);
    }

    public Guid Id { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public bool IsCancelled { get; private set; }

    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        IsCancelled = false;
    }

    public void Cancel() => IsCancelled = true;
}

/// <summary>The times of a slot as an organiser states them; <paramref name="Id"/> names an existing slot to move.</summary>
public sealed record SlotTimes(Guid? Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
