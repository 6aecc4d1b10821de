namespace ActorDirectory.Domain.Offers;

/// <summary>
/// The week happens in France: a date in a question ("on 18 November") means that day in
/// Europe/Paris, whatever the UTC offset of the season.
/// </summary>
public static class ParisDays
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The UTC instant the day starts at in Paris.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris), TimeSpan.Zero);

    /// <summary>The UTC instant the day ends at in Paris (the next day's start).</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
