using System.ComponentModel.DataAnnotations;
using EventsCalendar.Domain.Programmes;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <param name="Territory">The territory it covers: <c>commune:95127</c>, <c>epci:249500109</c>, <c>department:95</c> or <c>region:11</c>.</param>
/// <param name="CoordinatingActorId">The directory actor that runs it, based inside the territory.</param>
/// <param name="RequiresModeration">Whether submitted events wait for a coordinator before they are published.</param>
/// <param name="Coordinators">The accounts (token subjects) that moderate its events.</param>
public sealed record CreateProgrammeRequest(
    [property: Required] int? EditionYear,
    [property: Required] string Territory,
    [property: Required, StringLength(Programme.NameMaxLength, MinimumLength = 3), VisibleText(3)] string Name,
    [property: Required] Guid? CoordinatingActorId,
    [property: StringLength(Programme.ThemeMaxLength), VisibleText(3)] string? LocalTheme,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn,
    bool RequiresModeration,
    [property: MaxLength(Programme.MaxCoordinators)] IReadOnlyList<string>? Coordinators);

/// <param name="Coordinators">Shown to admins and to the programme's coordinators only.</param>
public sealed record ProgrammeResponse(
    Guid Id,
    int EditionYear,
    string Territory,
    string Name,
    Guid CoordinatingActorId,
    string? LocalTheme,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool RequiresModeration,
    IReadOnlyList<string>? Coordinators)
{
    public static ProgrammeResponse From(Programme programme, bool showCoordinators) =>
        new(programme.Id, programme.EditionYear, programme.Territory.ToString(), programme.Name, programme.CoordinatingActorId,
            programme.LocalTheme, programme.StartsOn, programme.EndsOn, programme.RequiresModeration,
            showCoordinators ? programme.Coordinators : null);
}
