using Ssi.Contracts.EventsCalendar;

namespace Communications.Tests.Brochures;

/// <summary>The calendar's integration events about one programme of the 2026 edition, as the tests publish them.</summary>
internal sealed class CalendarNews(string name, string? localTheme)
{
    public static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    public Guid ProgrammeId { get; } = Guid.CreateVersion7();

    public ProgrammeDeclared Declared() => new(
        ProgrammeId, 2026, "Festival des Solidarités 2026", "Agir ici pour un monde plus juste", "epci:249500109", name,
        Guid.NewGuid(), "Communauté d'agglomération de Cergy-Pontoise", localTheme, new DateOnly(2026, 11, 13), new DateOnly(2026, 11, 29),
        DateTimeOffset.UtcNow);

    /// <param name="slots">Days of November 2026 and Paris hours: (14, 10, 17) is Saturday the 14th from 10:00 to 17:00.</param>
    public EventPublished Published(string title, IReadOnlyList<string> partners, IReadOnlyList<string> accessibility, params (int Day, int From, int To)[] slots)
    {
        var times = slots.Select(slot => new EventSlotTimes(Guid.NewGuid(), At(slot.Day, slot.From), At(slot.Day, slot.To), IsCancelled: false)).ToList();
        var details = new EventDetails(ProgrammeId, "forum", "scheduled", "Les associations présentent leurs projets.", Guid.NewGuid(), "249500109", "95", "11",
            [.. partners.Select(_ => Guid.NewGuid())], ["general-public"], ["Migrations"], times, 0, accessibility,
            new EventPlace("Hôtel d'agglomération", "Parvis de la Préfecture", "95000"),
            [.. partners.Select(partner => new EventPartner(Guid.NewGuid(), partner))]);
        return new EventPublished(Guid.CreateVersion7(), Guid.NewGuid(), "CY Cergy Paris Université", title, "95127",
            "Hôtel d'agglomération, Parvis de la Préfecture", times[0].StartsAt, times[^1].EndsAt, DateTimeOffset.UtcNow, details);
    }

    public static EventUpdated Updated(EventPublished published, string title) => new(
        published.EventId, published.OrganiserId, published.OrganiserName, title, published.TerritoryCode, published.Venue,
        published.StartsAt, published.EndsAt, published.Details! with { Sequence = 1 }, DateTimeOffset.UtcNow);

    public static EventCancelled Cancelled(EventPublished published) => new(
        published.EventId, published.OrganiserId, published.Title, published.TerritoryCode, "Salle indisponible", published.StartsAt, DateTimeOffset.UtcNow);

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, Paris);
}
