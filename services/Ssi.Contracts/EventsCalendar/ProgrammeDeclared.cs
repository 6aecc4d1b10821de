namespace Ssi.Contracts.EventsCalendar;

/// <summary>
/// A territory's programme of an edition was declared (Cergy-Pontoise's week, Fontenay-sous-Bois'
/// fortnight): the events published into it carry its id in <see cref="EventDetails.ProgrammeId"/>.
/// </summary>
/// <param name="Territory">The territory it covers: <c>commune:95127</c>, <c>epci:249500109</c>, <c>department:95</c> or <c>region:11</c>.</param>
/// <param name="StartsOn">First day of the programme (Europe/Paris).</param>
/// <param name="EndsOn">Last day of the programme, included.</param>
public sealed record ProgrammeDeclared(
    Guid ProgrammeId,
    int EditionYear,
    string EditionName,
    string? NationalTheme,
    string Territory,
    string Name,
    Guid CoordinatingActorId,
    string CoordinatingActorName,
    string? LocalTheme,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
