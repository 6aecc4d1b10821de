using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Programmes;
using Ssi.Contracts.EventsCalendar;
using Ssi.DirectoryReplica;

namespace EventsCalendar.IntegrationEvents;

/// <summary>The integration events of a programme, as the other services receive them.</summary>
internal static class ProgrammeMessages
{
    public static ProgrammeDeclared Declared(Programme programme, Edition edition, DirectoryActor coordinatingActor, DateTimeOffset now) =>
        new(programme.Id, edition.Year, edition.Name, edition.NationalTheme, programme.Territory.ToString(), programme.Name,
            coordinatingActor.ActorId, coordinatingActor.Name, programme.LocalTheme, programme.StartsOn, programme.EndsOn, now);
}
