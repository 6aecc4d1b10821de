using System.Security.Claims;
using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Events;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Domain.Programmes;

/// <summary>
/// A territory's programme for one edition: Cergy-Pontoise's week, Fontenay-sous-Bois'
/// "Quinzaine", a department's or a region's. A coordinating actor of the directory runs it, with
/// its own theme and period, and its coordinators moderate the events submitted to it.
/// </summary>
public sealed class Programme
{
    public const int NameMaxLength = 200;
    public const int ThemeMaxLength = 300;
    public const int MaxCoordinators = 20;
    public const int CoordinatorMaxLength = 200;

    private Programme()
    {
    }

    public Programme(Edition edition, TerritoryReference territory, string name, DirectoryActor coordinatingActor, string? localTheme,
        DateOnly startsOn, DateOnly endsOn, bool requiresModeration, IReadOnlyList<string> coordinators, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        EditionYear = edition.Year;
        TerritoryKind = territory.Kind;
        TerritoryCode = territory.Code;
        Name = name;
        CoordinatingActorId = coordinatingActor.ActorId;
        LocalTheme = localTheme;
        StartsOn = startsOn;
        EndsOn = endsOn;
        RequiresModeration = requiresModeration;
        Coordinators = [.. coordinators];
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public int EditionYear { get; private set; }

    public TerritoryKind TerritoryKind { get; private set; }

    public string TerritoryCode { get; private set; } = "";

    public TerritoryReference Territory => new(TerritoryKind, TerritoryCode);

    public string Name { get; private set; } = "";

    public Guid CoordinatingActorId { get; private set; }

    public string? LocalTheme { get; private set; }

    /// <summary>First day of the programme (Europe/Paris), which may start before the national dates.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day of the programme, included.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>Whether an event submitted to the programme waits for a coordinator before it is published.</summary>
    public bool RequiresModeration { get; private set; }

    /// <summary>The accounts (token subjects) that moderate the programme's events.</summary>
    public List<string> Coordinators { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>From the first day's midnight to the midnight after the last day, Europe/Paris.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Period =>
        (ParisTime.StartOf(StartsOn).ToUniversalTime(), ParisTime.StartOf(EndsOn.AddDays(1)).ToUniversalTime());

    /// <summary>Admins and the programme's own coordinators; the list of coordinators is theirs to read.</summary>
    public bool IsCoordinatedBy(ClaimsPrincipal user) =>
        user.IsAdmin() || (user.SubjectId() is { } subject && Coordinators.Contains(subject));

    /// <returns>Why this period cannot be a programme of <paramref name="edition"/>, or null when it can.</returns>
    public static string? CheckPeriod(Edition edition, DateOnly startsOn, DateOnly endsOn) =>
        endsOn < startsOn ? "A programme must end on or after the day it starts."
        : endsOn.DayNumber - startsOn.DayNumber + 1 > Edition.MaxDays ? $"A programme spans at most {Edition.MaxDays} days."
        : endsOn < edition.StartsOn || startsOn > edition.EndsOn
            ? $"A programme of the {edition.Year} edition shares at least one day with its national dates ({edition.StartsOn:yyyy-MM-dd} to {edition.EndsOn:yyyy-MM-dd})."
        : null;
}
