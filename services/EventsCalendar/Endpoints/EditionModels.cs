using System.ComponentModel.DataAnnotations;
using EventsCalendar.Domain.Editions;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <param name="Name">How the edition is announced, e.g. "Festival des Solidarités 2026".</param>
/// <param name="StartsOn">First day of the official national dates.</param>
/// <param name="EndsOn">Last day of the official national dates, included.</param>
public sealed record EditionRequest(
    [property: Required, StringLength(Edition.NameMaxLength, MinimumLength = 3), VisibleText(3)] string Name,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn,
    [property: StringLength(Edition.ThemeMaxLength), VisibleText(3)] string? NationalTheme);

public sealed record EditionResponse(int Year, string Name, DateOnly StartsOn, DateOnly EndsOn, string? NationalTheme)
{
    public static EditionResponse From(Edition edition) =>
        new(edition.Year, edition.Name, edition.StartsOn, edition.EndsOn, edition.NationalTheme);
}
