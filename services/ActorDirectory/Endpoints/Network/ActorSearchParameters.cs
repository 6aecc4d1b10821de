using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using ActorDirectory.Data;
using ActorDirectory.Domain;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace ActorDirectory.Endpoints.Network;

/// <summary>
/// The filters of the directory's search and CSV export, as the query string gives them. List
/// filters take repeated parameters or comma lists (<c>kind=association&amp;kind=ccas</c> or
/// <c>kind=association,ccas</c>) and match any of their values; different filters all apply.
/// <see cref="OpenApiDescription"/> documents them on the endpoints: ASP.NET Core 10's OpenAPI
/// generator throws on [Description] attributes of [AsParameters] members.
/// </summary>
public sealed partial record ActorSearchParameters(
    [property: StringLength(ActorSearchParameters.TextMaxLength, MinimumLength = 2)] [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "territory")] string? Territory,
    [FromQuery(Name = "kind")] string[]? Kind,
    [FromQuery(Name = "theme")] string[]? Theme,
    [FromQuery(Name = "offers")] string[]? Offers,
    [FromQuery(Name = "isInternationalSolidarity")] bool? IsInternationalSolidarity,
    [FromQuery(Name = "status")] string[]? Status,
    [FromQuery(Name = "updatedSince")] DateTimeOffset? UpdatedSince)
{
    public const int TextMaxLength = 200;

    public const string OpenApiDescription = """
        Filters: q, free text of 2 to 200 characters matched against names and descriptions, tolerant of
        typos, accents, case and punctuation (resacop finds RESACOOP, cergy pontoise finds CA de
        Cergy-Pontoise); territory, a reference that includes everything beneath it (commune:64129,
        epci:200067254, department:95, region:75; malformed is a 400, unknown to the reference data a 422);
        kind, actor kinds; theme, themes (an actor having any matches); offers, offer kinds the actor
        currently offers (not withdrawn, with an availability window not yet over or none);
        isInternationalSolidarity; status, active (the default), archived, or both; updatedSince, an ISO 8601
        instant. List filters take repeated parameters or comma lists; values within one filter are
        alternatives, different filters all apply.
        """;

    private const int MaxValuesPerFilter = 20;
    private const int ThemeMaxLength = 64;

    /// <summary>Turns the query string into a filter, or says precisely which parameter is wrong.</summary>
    public bool TryGetFilter(DateTimeOffset now, [NotNullWhen(true)] out ActorSearchFilter? filter, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        string? text = null;
        if (Q is not null)
        {
            text = TextSearch.Normalize(Q);
            if (text.Length < 2)
            {
                Fail("q", "q must contain at least two letters or digits.");
            }
        }

        TerritoryReference? territory = null;
        if (Territory is not null && !TerritoryReference.TryParse(Territory, out territory))
        {
            Fail("territory", $"'{Territory}' is not a territory reference ({TerritoryReference.Expected}).");
        }

        var kinds = ParseEnums<ActorKind>("kind", Kind, Fail);
        var offers = ParseEnums<OfferKind>("offers", Offers, Fail);
        var statuses = ParseEnums<ActorStatus>("status", Status, Fail);

        var themes = Split(Theme);
        if (themes.FirstOrDefault(theme => theme.Length > ThemeMaxLength || !ThemePattern().IsMatch(theme)) is { } badTheme)
        {
            Fail("theme", $"'{badTheme}' is not a theme: themes are kebab-case words, e.g. migrations or food-sovereignty.");
        }
        else if (themes.Count > MaxValuesPerFilter)
        {
            Fail("theme", $"At most {MaxValuesPerFilter} themes can be combined.");
        }

        if (errors.Count > 0)
        {
            filter = null;
            problem = TypedResults.ValidationProblem(errors);
            return false;
        }

        filter = new ActorSearchFilter(
            text,
            territory,
            kinds,
            themes,
            offers,
            IsInternationalSolidarity,
            statuses.Count > 0 ? statuses : [ActorStatus.Active],
            UpdatedSince?.ToUniversalTime(),
            now);
        problem = null;
        return true;
    }

    /// <summary>A well-formed reference to a territory the reference data does not hold: 422, as when registering an actor there.</summary>
    public static async Task<ProblemHttpResult?> CheckTerritoryExistsAsync(DirectoryDbContext db, ActorSearchFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Territory is not { } territory
            || await db.Territories.AnyAsync(t => t.Kind == territory.Kind && t.Code == territory.Code, cancellationToken))
        {
            return null;
        }

        return Problems.Unprocessable($"No {ApiEnum<TerritoryKind>.NameOf(territory.Kind)} has the code {territory.Code}.");
    }

    private static List<string> Split(string[]? values) =>
        (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();

    private static List<TEnum> ParseEnums<TEnum>(string field, string[]? values, Action<string, string> fail) where TEnum : struct, Enum
    {
        var parsed = new List<TEnum>();
        foreach (var name in Split(values))
        {
            if (!ApiEnum<TEnum>.TryParse(name, out var value))
            {
                fail(field, $"'{name}' is not one of: {string.Join(", ", ApiEnum<TEnum>.Names)}.");
                return [];
            }

            parsed.Add(value);
        }

        return parsed;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z")]
    private static partial Regex ThemePattern();
}
